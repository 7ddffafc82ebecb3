import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Table {
    /// Writes the table in each of `formats` next to `base`, adding each format's extension.
    ///
    /// `base` is a path without extension (`.../tables/fit` gives `fit.csv`,
    /// `fit.tex`, ...). Parent directories are created. Each file is written
    /// to a temporary file in the same directory and renamed over the
    /// target, so a reader never sees a partial file.
    ///
    /// - Returns: the written files, in the order of `formats`.
    @discardableResult
    public func write(to base: URL, formats: [TableFormat] = TableFormat.allCases) throws(TableError) -> [URL] {
        let directory = base.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .write(path: directory.path, reason: "cannot create directory: \(error.localizedDescription)")
        }
        var written: [URL] = []
        for format in formats {
            let target = base.appendingPathExtension(format.fileExtension)
            try Self.writeAtomically(try render(format), to: target)
            written.append(target)
        }
        return written
    }

    /// Writes `text` as UTF-8 to a temporary sibling of `target`, then renames it over `target`.
    private static func writeAtomically(_ text: String, to target: URL) throws(TableError) {
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw .write(path: target.path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .write(path: target.path, reason: reason)
        }
    }
}
