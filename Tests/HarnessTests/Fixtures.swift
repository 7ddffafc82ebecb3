import Foundation
import Harness

/// A throwaway project: a root with one experiment folder and a data root.
struct TemporaryProject {
    let root: URL
    let layout: ProjectLayout

    init(claims: String = #"{"claims": []}"#) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("repro-test-\(UUID().uuidString)")
        let data = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data.appendingPathComponent("toy"), withIntermediateDirectories: true)
        layout = ProjectLayout(root: root, dataRoot: data)
        for id in [EchoExperiment.info.id, FailingExperiment.info.id, WorkExperiment.info.id, ReadingExperiment.info.id] {
            let folder = layout.experimentFolder(id)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try #"{"target": "Toy", "engines": []}"#.write(
                to: folder.appendingPathComponent("target.json"), atomically: true, encoding: .utf8)
            try claims.write(to: folder.appendingPathComponent("claims.json"), atomically: true, encoding: .utf8)
            try "let x = 1\n".write(to: folder.appendingPathComponent("Toy.swift"), atomically: true, encoding: .utf8)
        }
        try writeInput("1\n2\n3\n")
    }

    var inputURL: URL { layout.dataRoot.appendingPathComponent("toy/values.txt") }

    func writeInput(_ text: String) throws {
        try text.write(to: inputURL, atomically: true, encoding: .utf8)
    }

    func runner(store: any RunStore = MemoryRunStore(), platform: Platform? = Platform(swift: "swift test", libraries: [])) -> Runner {
        Runner(
            layout: layout, store: store,
            experiments: [EchoExperiment.self, FailingExperiment.self, WorkExperiment.self, ReadingExperiment.self],
            echoLevel: .critical, platform: platform)
    }

    /// Changes the source fingerprint of experiment `id` (a code edit, not a comment).
    func editSource(of id: String, _ text: String) throws {
        try text.write(
            to: layout.experimentFolder(id).appendingPathComponent("Toy.swift"), atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// Sums the numbers of its input and writes a table and a "figure".
enum EchoExperiment: Experiment {
    struct Config: ExperimentConfig {
        var scaleFactor: Double
        var label: String
        var nested: Nested
    }

    struct Nested: ExperimentConfig {
        var repeats: Int
    }

    static let info = ExperimentInfo(id: "toy/echo", title: "Echo", reproduces: "Table 1")

    static func defaultConfig(for scale: Scale) -> Config {
        Config(scaleFactor: 1, label: "sum", nested: Nested(repeats: scale == .smoke ? 1 : 3))
    }

    static func inputs(for config: Config) -> [DataInput] { [DataInput("toy/values.txt")] }

    static func run(config: Config, context: RunContext) throws -> RunResult {
        let text = try String(contentsOf: try context.input("toy/values.txt"), encoding: .utf8)
        let values = text.split(separator: "\n").compactMap { Double($0) }
        let sum = values.reduce(0, +) * config.scaleFactor * Double(config.nested.repeats)
        try "\(config.label),\(sum)\n".write(to: context.output("echo.csv"), atomically: true, encoding: .utf8)
        try "<svg/>".write(to: context.output("echo.svg"), atomically: true, encoding: .utf8)
        context.logger.info("sum \(sum)")
        return RunResult(numbers: ["sum": sum])
    }
}

/// Writes an output, then fails: nothing may be published.
enum FailingExperiment: Experiment {
    struct Config: ScaleFreeConfig { var unused = 0 }
    static let info = ExperimentInfo(id: "toy/failing", title: "Failing", reproduces: "Figure 1")
    static func run(config: Config, context: RunContext) throws -> RunResult {
        try "<svg/>".write(to: context.output("failing.svg"), atomically: true, encoding: .utf8)
        throw HarnessError.malformedInput(path: "toy/values.txt", location: "line 2", reason: "not a number")
    }
}

/// Keeps resumable work: appends a record to a file in its work folder on every run and
/// reports how many records the folder holds.
enum WorkExperiment: Experiment {
    struct Config: ScaleFreeConfig { var unused = 0 }
    static let info = ExperimentInfo(id: "toy/work", title: "Work", reproduces: "Figure 2")
    static func run(config: Config, context: RunContext) throws -> RunResult {
        try FileManager.default.createDirectory(at: context.workDirectory, withIntermediateDirectories: true)
        let file = context.workDirectory.appendingPathComponent("records.txt")
        let text = ((try? String(contentsOf: file, encoding: .utf8)) ?? "") + "record\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let count = text.split(separator: "\n").count
        try "records,\(count)\n".write(to: context.output("work.csv"), atomically: true, encoding: .utf8)
        return RunResult(numbers: ["records": Double(count)])
    }
}

/// Reads the file of `toy/echo` that its config names.
enum ReadingExperiment: Experiment {
    struct Config: ScaleFreeConfig { var file = "echo.csv" }
    static let info = ExperimentInfo(id: "toy/reading", title: "Reading", reproduces: "Table 3")
    static let upstream = ["toy/echo"]
    static func validate(_ config: Config) throws {
        guard config.file.hasSuffix(".csv") else { throw HarnessError.badOverride("file: '\(config.file)' is no .csv file") }
    }
    static func run(config: Config, context: RunContext) throws -> RunResult {
        let text = try String(contentsOf: context.upstreamArtifact(of: "toy/echo", named: config.file), encoding: .utf8)
        return RunResult(numbers: ["bytes": Double(text.utf8.count)])
    }
}
