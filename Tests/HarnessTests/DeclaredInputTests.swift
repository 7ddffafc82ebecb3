import Foundation
import Harness
import Testing

/// Reads `toy/values.txt`, which it always declares, and `toy/secret.txt`, which it
/// declares only when `declareSecret` is set.
enum SnoopingExperiment: Experiment {
    struct Config: ExperimentConfig { var declareSecret: Bool }
    static let info = ExperimentInfo(id: "toy/snooping", title: "Snooping", reproduces: "Table 2")
    static func defaultConfig(for scale: Scale) -> Config { Config(declareSecret: false) }
    static func inputs(for config: Config) -> [DataInput] {
        [DataInput("toy/values.txt")] + (config.declareSecret ? [DataInput("toy/secret.txt")] : [])
    }
    static func run(config: Config, context: RunContext) throws -> RunResult {
        let values = try String(contentsOf: context.input("toy/values.txt"), encoding: .utf8)
        let secret = try String(contentsOf: context.input("toy/secret.txt"), encoding: .utf8)
        try "\(values.count),\(secret.count)\n".write(to: context.output("snoop.csv"), atomically: true, encoding: .utf8)
        return RunResult(numbers: ["secret.bytes": Double(secret.utf8.count)])
    }
}

/// An experiment reads only the inputs it declared for its config.
@Suite struct DeclaredInputTests {
    /// A throwaway project holding the snooping experiment and both of its files.
    struct Project {
        let root: URL
        let layout: ProjectLayout
        let store = MemoryRunStore()

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("repro-declared-\(UUID().uuidString)")
            layout = ProjectLayout(root: root, dataRoot: root.appendingPathComponent("data"))
            let folder = layout.experimentFolder(SnoopingExperiment.info.id)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try #"{"target": "Toy", "engines": []}"#.write(
                to: folder.appendingPathComponent("target.json"), atomically: true, encoding: .utf8)
            try #"{"claims": []}"#.write(to: folder.appendingPathComponent("claims.json"), atomically: true, encoding: .utf8)
            try "let x = 1\n".write(to: folder.appendingPathComponent("Toy.swift"), atomically: true, encoding: .utf8)
            let toy = layout.dataRoot.appendingPathComponent("toy")
            try FileManager.default.createDirectory(at: toy, withIntermediateDirectories: true)
            try "1\n2\n".write(to: toy.appendingPathComponent("values.txt"), atomically: true, encoding: .utf8)
            try writeSecret("hidden\n")
        }

        func writeSecret(_ text: String) throws {
            try text.write(
                to: layout.dataRoot.appendingPathComponent("toy/secret.txt"), atomically: true, encoding: .utf8)
        }

        func run(_ overrides: [String] = []) throws -> Runner.Outcome {
            let runner = Runner(
                layout: layout, store: store, experiments: [SnoopingExperiment.self], echoLevel: .critical,
                platform: Platform(swift: "swift test", libraries: []))
            return try runner.run(SnoopingExperiment.info.id, scale: .smoke, overrides: overrides)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static let undeclaredLine =
        "toy/snooping reads undeclared input toy/secret.txt: declare it in inputs(for:)"

    @Test func readingAnUndeclaredFileFailsWithOneLineNamingIt() throws {
        let project = try Project()
        defer { project.remove() }
        var message: String?
        do {
            _ = try project.run()
        } catch {
            message = "\(error)"
        }
        #expect(message == "toy/snooping failed: \(Self.undeclaredLine)")
        let record = try #require(project.store.allRuns.last)
        #expect(record.status == .failed)
        #expect(record.error == Self.undeclaredLine)
        #expect(!FileManager.default.fileExists(
            atPath: project.layout.tables.appendingPathComponent("toy/snoop.csv").path))
    }

    @Test func aFileDeclaredForTheConfigIsReadAndKeysTheCache() throws {
        let project = try Project()
        defer { project.remove() }
        let first = try project.run(["declareSecret=true"])
        #expect(first.record.status == .ok)
        #expect(first.record.inputs.map(\.path) == ["toy/secret.txt", "toy/values.txt"])
        #expect(try project.run(["declareSecret=true"]).cached)
        try project.writeSecret("changed!\n")
        let changed = try project.run(["declareSecret=true"])
        #expect(!changed.cached)
        #expect(changed.record.numbers["secret.bytes"] == 9)
    }
}
