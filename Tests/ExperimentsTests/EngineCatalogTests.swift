import Foundation
import Registry
import Testing

/// The engine overview files are the one list of engines: the README's table must match them.
@Suite struct EngineCatalogTests {
    static let sources = RegistryCoverageTests.projectRoot.appendingPathComponent("Sources")

    @Test func everyEngineHasAnOverviewWithASummary() throws {
        let engines = try EngineCatalog.load(sources: Self.sources)
        #expect(engines.count >= 16, "\(engines.map(\.name))")
        for engine in engines {
            #expect(engine.summary.hasSuffix("."), "\(engine.name): the summary is one sentence")
            #expect(!engine.overview.isEmpty, "\(engine.name): the overview has a paragraph after its summary")
        }
    }

    @Test func theReadmeEngineTableMatchesTheOverviewFiles() throws {
        let engines = try EngineCatalog.load(sources: Self.sources)
        let readme = try String(contentsOf: RegistryCoverageTests.projectRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Engines\n").dropFirst().first, "README has an Engines section")
        let rows = section.components(separatedBy: "\n## ").first?.split(separator: "\n")
            .filter { $0.hasPrefix("| `") }.map(String.init) ?? []
        #expect(rows == engines.map { "| `\($0.name)` | \($0.summary) |" })
    }

    @Test func packageSwiftDeclaresExactlyTheCatalogsEngines() throws {
        let manifest = try String(contentsOf: RegistryCoverageTests.projectRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let declared = manifest.components(separatedBy: "Engine(name: \"").dropFirst()
            .compactMap { $0.split(separator: "\"").first.map(String.init) }
            .filter { !EngineCatalog.nonEngines.contains($0) }
        #expect(Set(declared) == Set(try EngineCatalog.load(sources: Self.sources).map(\.name)))
    }

    @Test func aMissingOverviewIsNamed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Orphan"), withIntermediateDirectories: true)
        #expect { try EngineCatalog.load(sources: root) } throws: { error in
            "\(error)".contains("Orphan/Orphan.swift") && "\(error)".contains("missing")
        }
        try Data("public enum Orphan {}\n".utf8).write(to: root.appendingPathComponent("Orphan/Orphan.swift"))
        #expect { try EngineCatalog.load(sources: root) } throws: { error in "\(error)".contains("line 1") }
    }
}
