import Foundation

/// The hash of the code an experiment's results depend on: its own folder and
/// the engine modules it uses (with their engine dependencies).
///
/// Comment lines, blank lines and trailing spaces are ignored, so a comment-only
/// edit does not invalidate cached results; `claims.json` is ignored too, since
/// claims are judged after the run.
public enum SourceFingerprint {
    /// Engine modules and the engine modules they use. Mirrors the `engines`
    /// list of `Package.swift`; keep the two in step.
    public static let engineDependencies: [String: [String]] = [
        "Harness": [],
        "Store": ["Harness"],
        "Plotting": ["Randomness"],
        "Tables": [],
        "Statistics": [],
        "Randomness": [],
        "Numerics": ["Statistics", "Randomness", "Datasets"],
        "Surrogate": ["Statistics", "Randomness"],
        "Search": ["Randomness"],
        "Datasets": ["Statistics"],
        "Site": [],
        "TabularStore": ["Datasets"],
        "Scaling": ["Numerics", "Datasets", "Randomness", "Search"],
        "GraphRewrite": ["Numerics", "Search", "Randomness"],
        "Inlining": ["Search", "Statistics", "Randomness"],
    ]

    /// The engines `engines` use, transitively, sorted, always with Harness.
    public static func closure(of engines: [String]) -> [String] {
        var seen: Set<String> = ["Harness"]
        var stack = engines
        while let engine = stack.popLast() {
            guard seen.insert(engine).inserted else { continue }
            stack.append(contentsOf: engineDependencies[engine] ?? [])
        }
        return seen.sorted()
    }

    /// The fingerprint of experiment `id` using `engines`, under `layout.root`.
    public static func compute(experimentID id: String, engines: [String], layout: ProjectLayout) throws -> String {
        var folders = [layout.experimentFolder(id)]
        folders += closure(of: engines).map { layout.root.appendingPathComponent("Sources").appendingPathComponent($0) }
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
