import Foundation

/// Builds the static site from a ``SiteContent``.
///
/// ```swift
/// let index = try SiteBuilder().build(content, into: URL(fileURLWithPath: "site"))
/// print(index.path)   // site/index.html
/// ```
///
/// The site is written into a sibling temporary folder and renamed into place at the
/// end, so an interrupted build leaves the previous site intact. The destination folder
/// is replaced as a whole, except the top-level files named in ``preserving``. Artifact and log files are copied under `files/`; pages link
/// to them relatively and contain no path of the build machine, so the folder can be
/// moved, zipped or opened from `file://`.
public struct SiteBuilder: Sendable {
    /// SVG files larger than this many bytes are shown as an image (the PNG when there is
    /// one) instead of being inlined, to keep pages light.
    public var inlineSVGLimit: Int

    /// Names of top-level files of an existing destination that survive a rebuild
    /// (the repository tracks `site/README.md`); everything else is replaced.
    public var preserving: [String]

    /// Creates a builder.
    public init(inlineSVGLimit: Int = 2_000_000, preserving: [String] = ["README.md"]) {
        self.inlineSVGLimit = inlineSVGLimit
        self.preserving = preserving
    }

    /// Writes the site of `content` into `destination` and returns the URL of its `index.html`.
    @discardableResult
    public func build(_ content: SiteContent, into destination: URL) throws -> URL {
        let fileManager = FileManager.default
        let destination = destination.standardizedFileURL
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).building.tmp")
        let previous = parent.appendingPathComponent(".\(name).previous.tmp")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try remove(staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch let error as SiteError {
            throw error
        } catch {
            throw SiteError(path: staging.path, reason: "cannot create the staging folder (\(error.localizedDescription))")
        }
        do {
            try SiteWriter(content: content, root: staging, inlineSVGLimit: inlineSVGLimit).writeAll()
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
        for name in preserving.sorted() where !name.contains("/") {
            let old = destination.appendingPathComponent(name)
            let new = staging.appendingPathComponent(name)
            guard fileManager.fileExists(atPath: old.path), !fileManager.fileExists(atPath: new.path) else { continue }
            do {
                try fileManager.copyItem(at: old, to: new)
            } catch {
                try? fileManager.removeItem(at: staging)
                throw SiteError(path: old.path, reason: "cannot keep it across the rebuild (\(error.localizedDescription))")
            }
        }
        do {
            try remove(previous)
            if fileManager.fileExists(atPath: destination.path) {
                try fileManager.moveItem(at: destination, to: previous)
            }
            try fileManager.moveItem(at: staging, to: destination)
            try? fileManager.removeItem(at: previous)
        } catch {
            throw SiteError(path: destination.path, reason: "cannot move the new site into place (\(error.localizedDescription))")
        }
        return destination.appendingPathComponent(SitePaths.index)
    }

    private func remove(_ url: URL) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        do {
            try FileManager.default.removeItem(at: url)
        } catch {
            throw SiteError(path: url.path, reason: "cannot remove a leftover folder (\(error.localizedDescription))")
        }
    }
}
