import Foundation

/// The hash of the code an experiment's results depend on: its own folder and
/// the engine modules it uses (with their engine dependencies).
///
/// Comment lines, blank lines and trailing spaces are ignored, so a comment-only
/// edit does not invalidate cached results; `claims.json` is ignored too, since
/// claims are judged after the run.
public enum SourceFingerprint {
    /// The engines `engines` use, transitively, sorted, always with Harness: an engine uses
    /// every module under `Sources/` that one of its files imports, so the closure follows
    /// the code itself and cannot drift from `Package.swift`.
    public static func closure(of engines: [String], layout: ProjectLayout) throws -> [String] {
        let sources = layout.root.appendingPathComponent("Sources")
        var seen: Set<String> = ["Harness"]
        var stack = engines
        while let engine = stack.popLast() {
            guard seen.insert(engine).inserted else { continue }
            stack.append(contentsOf: try importedModules(in: sources.appendingPathComponent(engine), sources: sources))
        }
        return seen.sorted()
    }

    /// The modules under `sources` that the Swift files in `folder` import.
    static func importedModules(in folder: URL, sources: URL) throws -> [String] {
        var modules: Set<String> = []
        for file in try sourceFiles(in: folder) where file.pathExtension == "swift" {
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") {
                let words = line.split(whereSeparator: \.isWhitespace)
                guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                      words[..<index].allSatisfy({ $0.hasPrefix("@") || ["public", "internal", "package", "private", "fileprivate"].contains($0) })
                else { continue }
                let name = String(words[index + 1])
                if FileManager.default.fileExists(atPath: sources.appendingPathComponent(name).path) { modules.insert(name) }
            }
        }
        return modules.sorted()
    }

    /// The fingerprint of experiment `id` using `engines`, under `layout.root`.
    public static func compute(experimentID id: String, engines: [String], layout: ProjectLayout) throws -> String {
        var folders = [layout.experimentFolder(id)]
        let sources = layout.root.appendingPathComponent("Sources")
        let used = try engines + importedModules(in: layout.experimentFolder(id), sources: sources)
        folders += try closure(of: used, layout: layout).map { sources.appendingPathComponent($0) }
        var lines: [String] = []
        for folder in folders {
            for file in try sourceFiles(in: folder) {
                let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
                lines.append("== \(layout.relative(file))")
                lines.append(normalized(text))
            }
        }
        return Digest.sha256(lines.joined(separator: "\n"))
    }

    /// Source text without comment lines, blank lines or trailing white space.
    public static func normalized(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> Substring in
                var end = line.endIndex
                while end > line.startIndex, line[line.index(before: end)].isWhitespace { end = line.index(before: end) }
                return line[..<end]
            }
            .filter { line in
                let trimmed = line.drop(while: { $0.isWhitespace })
                return !trimmed.isEmpty && !trimmed.hasPrefix("//")
            }
            .joined(separator: "\n")
    }

    private static func sourceFiles(in folder: URL) throws -> [URL] {
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator where url.lastPathComponent != "claims.json" {
            let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
            if isFile { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }
}
