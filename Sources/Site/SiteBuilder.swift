import Foundation

/// Builds the static site from a ``SiteContent``.
///
/// ```swift
/// let index = try SiteBuilder().build(content, into: URL(fileURLWithPath: "site"))
/// print(index.path)   // site/index.html
/// ```
///
/// Each build writes into its own staging folder beside the destination
/// (`.site.staging-<pid>-<uuid>.tmp`) and then, holding an exclusive lock on the parent
/// folder, swaps it with the destination in one atomic exchange (`renameat2` with
/// `RENAME_EXCHANGE` on Linux), so `site/` is complete at every instant, two builds never
/// write into each other's folder, and an interrupted build leaves the previous site
/// intact. The destination is replaced as a whole, except the top-level files named in
/// ``preserving``. Artifact and log files are copied under `files/`; pages link to them
/// relatively and contain no path of the build machine (see ``redactor``), so the folder
/// can be moved, zipped or opened from `file://`.
public struct SiteBuilder: Sendable {
    /// SVG files larger than this many bytes are shown as an image (the PNG when there is
    /// one) instead of being inlined, to keep pages light.
    public var inlineSVGLimit: Int

    /// Names of top-level files of an existing destination that survive a rebuild
    /// (the repository tracks `site/README.md`); everything else is replaced.
    public var preserving: [String]

    /// Folders of the build machine to rewrite in page text. Every build adds the
    /// destination's parent (made relative), the home folder (`~`) and the temporary
    /// folder (`$TMPDIR`).
    public var redactor: PathRedactor

    /// Creates a builder.
    public init(inlineSVGLimit: Int = 2_000_000, preserving: [String] = ["README.md"], redactor: PathRedactor = PathRedactor([])) {
        self.inlineSVGLimit = inlineSVGLimit
        self.preserving = preserving
        self.redactor = redactor
    }

    /// Writes the site of `content` into `destination` and returns the URL of its `index.html`.
    @discardableResult
    public func build(_ content: SiteContent, into destination: URL) throws -> URL {
        let fileManager = FileManager.default
        let destination = destination.standardizedFileURL
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        let token = "\(getpid())-\(UUID().uuidString)"
        let staging = parent.appendingPathComponent(".\(name).staging-\(token).tmp")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw SiteError(path: staging.path, reason: "cannot create the staging folder (\(error.localizedDescription))")
        }
        var redactor = self.redactor
        redactor.add(parent.path, as: "")
        redactor.add(fileManager.temporaryDirectory.standardizedFileURL.path, as: "$TMPDIR")
        redactor.add(NSHomeDirectory(), as: "~")
        do {
            try SiteWriter(content: content.redacted(redactor), root: staging, inlineSVGLimit: inlineSVGLimit, redactor: redactor).writeAll()
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
        do {
            try SiteSwap.withLock(on: parent) {
                SiteSwap.restoreInterrupted(destination)
                try keepPreserved(from: destination, into: staging)
                try SiteSwap.publish(staging, as: destination)
                SiteSwap.removeStale(name: name, in: parent)
            }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
        return destination.appendingPathComponent(SitePaths.index)
    }

    /// Copies the ``preserving`` files of the current site into the new one.
    private func keepPreserved(from destination: URL, into staging: URL) throws {
        let fileManager = FileManager.default
        for name in preserving.sorted() where !name.contains("/") {
            let old = destination.appendingPathComponent(name)
            let new = staging.appendingPathComponent(name)
            guard fileManager.fileExists(atPath: old.path), !fileManager.fileExists(atPath: new.path) else { continue }
            do {
                try fileManager.copyItem(at: old, to: new)
            } catch {
                throw SiteError(path: old.path, reason: "cannot keep it across the rebuild (\(error.localizedDescription))")
            }
        }
    }
}
