import Foundation
import Harness
import Registry
import TestSupport
import Testing

/// The import rules of ARCHITECTURE.md, read from the `import` lines of `Sources/**` and
/// `experiments/**`: each floor imports only the floors below it.
struct ImportRuleTests {
    /// Project modules that import nothing of the project but each other as listed here.
    static let foundation: [String: Set<String>] = [
        "Diagnostics": [], "Randomness": ["Diagnostics"], "Statistics": ["Diagnostics"], "SparseData": ["Diagnostics"],
        "Harness": ["Diagnostics"], "Store": ["Harness", "Diagnostics"],
    ]
    /// The modules above the engines: the registry and the two command-line tools.
    static let tools = EngineCatalog.tools
    /// C system libraries wrapped as modules.
    static let systemLibraries = EngineCatalog.systemLibraries

    let root = PaperData.projectRoot

    /// Every module under `Sources/` (a folder) and the project modules its Swift files import.
    func sourceImports() throws -> [String: Set<String>] {
        let sources = root.appendingPathComponent("Sources")
        let modules = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { !$0.hasPrefix(".") }
        var imports: [String: Set<String>] = [:]
        for module in modules {
            imports[module] = try Self.imports(in: sources.appendingPathComponent(module))
        }
        return imports
    }

    /// The experiment modules named by `experiments/<paper>/<name>/target.json`.
    func experimentModules() throws -> Set<String> {
        struct Manifest: Decodable { var target: String }
        var names: Set<String> = []
        for folder in try ExperimentFolders.all(under: root) {
            let data = try Data(contentsOf: folder.appendingPathComponent("target.json"))
            names.insert(try JSONDecoder().decode(Manifest.self, from: data).target)
        }
        return names
    }

    /// The first component of every module each `import` line in `folder`'s Swift files names
    /// (`import X`, `@testable import X`, `public import X`, `import struct X.Y`).
    static func imports(in folder: URL) throws -> Set<String> {
        var found: Set<String> = []
        guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return found }
        for case let file as URL in files where file.pathExtension == "swift" {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                if let module = importedModule(line) { found.insert(module) }
            }
        }
        return found
    }

    /// The module an `import` line names, or nil for any other line.
    static func importedModule(_ line: Substring) -> String? {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
              words[..<index].allSatisfy({ $0.hasPrefix("@") || ["public", "internal", "package", "private", "fileprivate"].contains($0) })
        else { return nil }
        let kinds: Set<String> = ["struct", "class", "enum", "protocol", "typealias", "func", "var", "let"]
        let target = kinds.contains(words[index + 1]) && index + 2 < words.count ? words[index + 2] : words[index + 1]
        return target.split(separator: ".").first.map(String.init)
    }

    @Test func parserReadsEveryImportForm() {
        #expect(Self.importedModule("import Foundation") == "Foundation")
        #expect(Self.importedModule("@testable import TabularStore") == "TabularStore")
        #expect(Self.importedModule("public import Search") == "Search")
        #expect(Self.importedModule("import struct Numerics.MLP") == "Numerics")
        #expect(Self.importedModule("// import Datasets") == nil)
        #expect(Self.importedModule("let important = 1") == nil)
    }

    @Test func foundationImportsOnlyFoundationBelowIt() throws {
        let imports = try sourceImports()
        let project = Set(imports.keys)
        for (module, allowed) in Self.foundation {
            let own = try #require(imports[module], "Sources/\(module) is missing")
            let extra = own.intersection(project).subtracting(allowed).subtracting(Self.systemLibraries)
            #expect(extra.isEmpty, "Sources/\(module) imports \(extra.sorted()); the foundation may import only \(allowed.sorted())")
        }
    }

    @Test func harnessImportsNoEngine() throws {
        let imports = try sourceImports()
        let harness = try #require(imports["Harness"])
        let engines = Set(imports.keys).subtracting(["Harness"]).subtracting(Self.foundation["Harness"] ?? [])
        #expect(harness.isDisjoint(with: engines), "Sources/Harness imports \(harness.intersection(engines).sorted())")
    }

    @Test func noEngineImportsAnExperimentOrATool() throws {
        let imports = try sourceImports()
        let experiments = try experimentModules()
        try #require(experiments.count >= 20, "found only \(experiments.count) experiment modules")
        for (module, own) in imports where !Self.tools.contains(module) {
            let bad = own.intersection(experiments.union(Self.tools))
            #expect(bad.isEmpty, "Sources/\(module) imports \(bad.sorted())")
        }
        // Only the registry imports experiments, and it does import them.
        let registry = try #require(imports["Registry"], "Sources/Registry is missing")
        #expect(registry.isSuperset(of: ["TrailsFigure9", "Harness"]))
    }

    @Test func storageDoesNotImportTheSelectionSimulations() throws {
        let imports = try sourceImports()
        let store = try #require(imports["TabularStore"])
        #expect(!store.contains("Selection"), "Sources/TabularStore imports Selection")
        let selection = try #require(imports["Selection"], "Sources/Selection is missing")
        #expect(selection.contains("TabularStore"))
        let closure = try SourceFingerprint.closure(of: ["TabularStore"], layout: ProjectLayout(root: root))
        #expect(!closure.contains("Selection") && !closure.contains("Datasets"), "TabularStore reaches \(closure)")
    }

    @Test func numericsDoesNotImportTheLoaders() throws {
        let imports = try sourceImports()
        let numerics = try #require(imports["Numerics"])
        #expect(!numerics.contains("Datasets"), "Sources/Numerics imports Datasets")
        #expect(numerics.contains("SparseData"))
        // Nor through another module: a loader edit must not change the cache key of a run using Numerics.
        let closure = try SourceFingerprint.closure(of: ["Numerics"], layout: ProjectLayout(root: root))
        #expect(!closure.contains("Datasets"), "Numerics reaches \(closure)")
    }

    /// The TRAILS benchmark takes about 40 minutes at paper scale; its cache key must not
    /// move when a loader of any paper is edited, so it reads its data without `Datasets`.
    @Test func theTRAILSBenchmarkReachesNoLoader() throws {
        let folder = root.appendingPathComponent("experiments/trails/benchmark")
        #expect(!(try Self.imports(in: folder)).contains("Datasets"))
        let target = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("target.json")))
        let engines = try #require((target as? [String: Any])?["engines"] as? [String])
        let closure = try SourceFingerprint.closure(of: engines, layout: ProjectLayout(root: root))
        #expect(!closure.contains("Datasets"), "trails/benchmark reaches \(closure)")
    }

    @Test func experimentsImportNoOtherExperiment() throws {
        let experiments = try experimentModules()
        for folder in try ExperimentFolders.all(under: root) {
            let own = try Self.imports(in: folder)
            let bad = own.intersection(experiments.union(Self.tools))
            #expect(bad.isEmpty, "\(folder.path) imports \(bad.sorted())")
        }
    }
}

/// The experiment folders: `experiments/<paper>/<name>/` holding a `target.json`.
enum ExperimentFolders {
    static func all(under root: URL) throws -> [URL] {
        let experiments = root.appendingPathComponent("experiments")
        let manager = FileManager.default
        var folders: [URL] = []
        for paper in try manager.contentsOfDirectory(atPath: experiments.path).sorted() {
            let paperURL = experiments.appendingPathComponent(paper)
            guard let names = try? manager.contentsOfDirectory(atPath: paperURL.path) else { continue }
            for name in names.sorted() {
                let folder = paperURL.appendingPathComponent(name)
                if manager.fileExists(atPath: folder.appendingPathComponent("target.json").path) { folders.append(folder) }
            }
        }
        return folders
    }
}
