import Foundation
import Harness
import Testing

/// Squares items 0..<count; a shard squares its slice into `shard-i-of-n.txt`, and the
/// ordinary run folds the shard files in and squares only what is missing.
enum ShardedToy: ShardableExperiment {
    struct Config: ScaleFreeConfig { var count = 10 }
    static let info = ExperimentInfo(id: "toy/sharded", title: "Sharded", reproduces: "Figure 3")
    static func inputs(for config: Config) -> [DataInput] { [DataInput("toy/values.txt")] }

    static func runShard(_ shard: Shard, config: Config, context: RunContext) throws {
        let lines = (0..<config.count).filter(shard.contains).map { "\($0) \($0 * $0)" }
        try FileManager.default.createDirectory(at: context.workDirectory, withIntermediateDirectories: true)
        try lines.joined(separator: "\n").write(
            to: context.workDirectory.appendingPathComponent("\(shard.fileStem).txt"), atomically: true, encoding: .utf8)
    }

    static func run(config: Config, context: RunContext) throws -> RunResult {
        var squares: [Int: Int] = [:]
        let files = (try? FileManager.default.contentsOfDirectory(atPath: context.workDirectory.path)) ?? []
        for file in files where file.hasPrefix("shard-") && file.hasSuffix(".txt") {
            let text = try String(contentsOf: context.workDirectory.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: " ").compactMap { Int($0) }
                squares[parts[0]] = parts[1]
            }
        }
        let fromShards = squares.count
        for item in 0..<config.count where squares[item] == nil { squares[item] = item * item }
        let table = (0..<config.count).map { "\($0),\(squares[$0]!)" }.joined(separator: "\n") + "\n"
        try table.write(to: context.output("sharded.csv"), atomically: true, encoding: .utf8)
        return RunResult(numbers: ["from_shards": Double(fromShards)])
    }
}

@Suite struct ShardTests {
    func project() throws -> (TemporaryProject, Runner) {
        let project = try TemporaryProject()
        let folder = project.layout.experimentFolder(ShardedToy.info.id)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try #"{"target": "Toy", "engines": []}"#.write(to: folder.appendingPathComponent("target.json"), atomically: true, encoding: .utf8)
        try #"{"claims": []}"#.write(to: folder.appendingPathComponent("claims.json"), atomically: true, encoding: .utf8)
        try "let y = 2\n".write(to: folder.appendingPathComponent("Toy.swift"), atomically: true, encoding: .utf8)
        let runner = Runner(
            layout: project.layout, store: MemoryRunStore(), experiments: [ShardedToy.self, EchoExperiment.self],
            echoLevel: .critical, platform: Platform(swift: "swift test", libraries: []))
        return (project, runner)
    }

    func mergeError(_ runner: Runner, count: Int) -> String {
        do {
            try runner.merge("toy/sharded", scale: .smoke, count: count)
            return ""
        } catch {
            return "\(error)"
        }
    }

    @Test func shardsParseAndPartitionTheItems() throws {
        let shard = try Shard(parsing: "2/4")
        #expect(shard.index == 2 && shard.count == 4 && shard.fileStem == "shard-2-of-4")
        let all = (0..<4).map { try! Shard(index: $0, count: 4) }
        for item in 0..<40 { #expect(all.filter { $0.contains(item) }.count == 1) }
        for bad in ["4/4", "-1/4", "1/0", "a/b", "1", "1/2/3", "0/1000000"] {
            #expect(throws: HarnessError.self) { try Shard(parsing: bad) }
        }
    }

    @Test func mergedShardsEqualASingleProcessRun() throws {
        let (reference, single) = try project()
        defer { reference.remove() }
        let whole = try single.run("toy/sharded", scale: .smoke)
        let singleTable = try String(contentsOf: reference.layout.cache.appendingPathComponent(whole.record.cacheKey)
            .appendingPathComponent("sharded.csv"), encoding: .utf8)

        let (project, runner) = try project()
        defer { project.remove() }
        for index in 0..<3 { try runner.runShard("toy/sharded", scale: .smoke, shard: Shard(index: index, count: 3)) }
        #expect(try runner.shardPlan("toy/sharded", scale: .smoke, count: 3).complete == [0, 1, 2])
        let merged = try runner.merge("toy/sharded", scale: .smoke, count: 3)
        #expect(!merged.cached)
        #expect(merged.record.numbers["from_shards"] == 10, "every item came from a shard, none was redone")
        let mergedTable = try String(contentsOf: project.layout.cache.appendingPathComponent(merged.record.cacheKey)
            .appendingPathComponent("sharded.csv"), encoding: .utf8)
        #expect(mergedTable == singleTable)
        #expect(merged.record.cacheKey == whole.record.cacheKey)
    }

    @Test func mergeRefusesAMissingShard() throws {
        let (project, runner) = try project()
        defer { project.remove() }
        try runner.runShard("toy/sharded", scale: .smoke, shard: Shard(index: 0, count: 2))
        let error = mergeError(runner, count: 2)
        #expect(error.contains("shard 1/2: missing"))
        #expect(!error.contains("\n"))
    }

    @Test func mergeRefusesAShardOfAnotherSplit() throws {
        let (project, runner) = try project()
        defer { project.remove() }
        for index in 0..<2 { try runner.runShard("toy/sharded", scale: .smoke, shard: Shard(index: index, count: 2)) }
        try runner.runShard("toy/sharded", scale: .smoke, shard: Shard(index: 0, count: 3))
        #expect(mergeError(runner, count: 2).contains("split into 3 shards, which overlaps the 2-shard split"))
    }

    @Test func mergeRefusesAShardOfAnotherCodeVersionOrInput() throws {
        let (project, runner) = try project()
        defer { project.remove() }
        for index in 0..<2 { try runner.runShard("toy/sharded", scale: .smoke, shard: Shard(index: index, count: 2)) }
        try project.editSource(of: "toy/sharded", "let y = 3\n")
        try runner.runShard("toy/sharded", scale: .smoke, shard: Shard(index: 0, count: 2))
        let error = mergeError(runner, count: 2)
        #expect(error.contains("shard 1/2: was built for another run (its code version differ)"))

        try project.writeInput("4\n5\n")
        try runner.runShard("toy/sharded", scale: .smoke, shard: Shard(index: 0, count: 2))
        #expect(mergeError(runner, count: 2).contains("input digests"))
    }

    @Test func mergeRefusesAShardStillBeingWrittenOrFailed() throws {
        let (project, runner) = try project()
        defer { project.remove() }
        for index in 0..<2 { try runner.runShard("toy/sharded", scale: .smoke, shard: Shard(index: index, count: 2)) }
        let plan = try runner.shardPlan("toy/sharded", scale: .smoke, count: 2)
        let url = ShardManifest.url(for: try Shard(index: 1, count: 2), in: plan.workFolder)
        var manifest = try JSONDecoder().decode(ShardManifest.self, from: Data(contentsOf: url))
        manifest.status = .running
        try manifest.write(to: url)
        #expect(mergeError(runner, count: 2).contains("shard 1/2: still being written (pid \(getpid())"))
        manifest.pid = Int32.max
        try manifest.write(to: url)
        #expect(mergeError(runner, count: 2).contains("shard 1/2: was interrupted"))
        manifest.status = .failed
        manifest.error = "out of memory"
        try manifest.write(to: url)
        #expect(mergeError(runner, count: 2).contains("shard 1/2: failed: out of memory"))
    }

    @Test func anExperimentThatDoesNotSplitRefusesShards() throws {
        let (project, runner) = try project()
        defer { project.remove() }
        #expect(throws: HarnessError.self) { try runner.runShard("toy/echo", scale: .smoke, shard: Shard(index: 0, count: 2)) }
        #expect(throws: HarnessError.self) { try runner.merge("toy/echo", scale: .smoke, count: 2) }
    }
}
