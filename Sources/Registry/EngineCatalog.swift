import Diagnostics
import Foundation

/// One engine module, as its overview file `Sources/<Engine>/<Engine>.swift` describes it.
public struct EngineOverview: Sendable, Equatable {
    /// The module name, e.g. `Numerics`.
    public var name: String
    /// The overview's first line: what the engine is for, in one sentence.
    public var summary: String
    /// The paragraph after it (DocC symbol links shown as plain code names).
    public var overview: String
}

/// The one list of engines: every module under `Sources/` with an overview file, except the
/// tools and the site.
///
/// The README's engine table and the site's engines page are read from (and, for the README,
/// checked against) these files, so adding an engine means writing its overview file, and
/// changing what an engine is for means editing one sentence.
public enum EngineCatalog {
    /// The modules above the engines: the registry and the two command-line tools.
    public static let tools: Set<String> = ["Registry", "ReproCLI", "ReproBench"]
    /// C system libraries wrapped as modules.
    public static let systemLibraries: Set<String> = ["CBLAS", "CCairoPango"]
    /// Modules under `Sources/` that are not engines: the tools, the site and the C shims.
    public static var nonEngines: Set<String> { tools.union(systemLibraries).union(["Site"]) }

    /// The engines under `sources`, sorted by name.
    public static func load(sources: URL) throws -> [EngineOverview] {
        let names = try FileManager.default.contentsOfDirectory(atPath: sources.path)
            .filter { !nonEngines.contains($0) && !$0.hasPrefix(".") }
            .filter { var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: sources.appendingPathComponent($0).path, isDirectory: &isFolder) && isFolder.boolValue }
            .sorted()
        return try names.map { name in
            let file = sources.appendingPathComponent(name).appendingPathComponent("\(name).swift")
            guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                throw EngineCatalogError(file: file.path, reason: "missing: every engine has an overview file named after its module")
            }
            return try parse(name: name, text: text, file: file.path)
        }
    }

    /// The leading `///` block of an overview file: its first line, then its first paragraph.
    static func parse(name: String, text: String, file: String) throws -> EngineOverview {
        let doc = text.split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { $0.hasPrefix("///") }
            .map { $0.dropFirst(3).trimmingCharacters(in: .whitespaces) }
        guard let summary = doc.first, !summary.isEmpty else {
            throw EngineCatalogError(file: file, reason: "line 1: the file starts with a `///` one-line summary")
        }
        let paragraph = doc.dropFirst().drop { $0.isEmpty }.prefix { !$0.isEmpty }
        let overview = paragraph.joined(separator: " ").replacingOccurrences(of: "``", with: "`")
        return EngineOverview(name: name, summary: summary, overview: overview)
    }
}

/// An engine overview file that is missing or has no summary line.
public struct EngineCatalogError: ReproError {
    /// The overview file.
    public var file: String
    /// What is wrong, with the line where it applies.
    public var reason: String

    /// The overview file.
    public var subject: String { file }
}
