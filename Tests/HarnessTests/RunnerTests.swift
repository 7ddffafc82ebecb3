import Foundation
import Harness
import Testing

@Suite struct RunnerTests {
    @Test func runPublishesArtifactsAndRecordsProvenance() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        let store = MemoryRunStore()
        let outcome = try project.runner(store: store).run("toy/echo", scale: .smoke)
        #expect(!outcome.cached)
        #expect(outcome.published.sorted() == ["figures/toy/echo.svg", "tables/toy/echo.csv"])
        let csv = try String(contentsOf: project.layout.tables.appendingPathComponent("toy/echo.csv"), encoding: .utf8)
        #expect(csv == "sum,6.0\n")
        let record = try #require(store.allRuns.last)
        #expect(record.status == .ok)
        #expect(record.numbers == ["sum": 6])
        #expect(record.inputs.map(\.path) == ["toy/values.txt"])
        #expect(record.inputs.first?.sha256 == Digest.sha256("1\n2\n3\n"))
        #expect(record.artifacts.count == 2)
        let log = try String(contentsOf: project.root.appendingPathComponent(record.logPath), encoding: .utf8)
        #expect(log.contains("sum 6.0"))
    }

    @Test func unchangedRunIsCachedAndChangedInputByteRecomputes() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        let runner = project.runner()
        #expect(try runner.run("toy/echo", scale: .smoke).cached == false)
        #expect(try runner.run("toy/echo", scale: .smoke).cached == true)
        try project.writeInput("1\n2\n4\n")
        let changed = try runner.run("toy/echo", scale: .smoke)
        #expect(changed.cached == false)
        #expect(changed.record.numbers["sum"] == 7)
        #expect(try runner.run("toy/echo", scale: .smoke, force: true).cached == false)
    }

    @Test func cacheKeyDependsOnScaleAndConfigButNotOnKeyOrder() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        let runner = project.runner()
        let smoke = try runner.run("toy/echo", scale: .smoke)
        let paper = try runner.run("toy/echo", scale: .paper)
        #expect(smoke.record.cacheKey != paper.record.cacheKey)
        let overridden = try runner.run("toy/echo", scale: .smoke, overrides: ["label=total"])
        #expect(!overridden.cached)
        let same = try runner.run("toy/echo", scale: .smoke, overrides: ["label=sum"])
        #expect(same.cached)
    }

    @Test func cacheHitRepublishesDeletedOutputs() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        let runner = project.runner()
        try runner.run("toy/echo", scale: .smoke)
        let csv = project.layout.tables.appendingPathComponent("toy/echo.csv")
        try FileManager.default.removeItem(at: csv)
        #expect(try runner.run("toy/echo", scale: .smoke).cached)
        #expect(FileManager.default.fileExists(atPath: csv.path))
    }

    @Test func failedRunPublishesNothingAndLeavesNoStaging() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        let store = MemoryRunStore()
        #expect {
            try project.runner(store: store).run("toy/failing", scale: .smoke)
        } throws: { error in
            "\(error)".contains("toy/failing failed") && "\(error)".contains("line 2")
        }
        #expect(!FileManager.default.fileExists(atPath: project.layout.figures.appendingPathComponent("toy/failing.svg").path))
        let cache = (try? FileManager.default.contentsOfDirectory(atPath: project.layout.cache.path)) ?? []
        #expect(cache.isEmpty)
        let record = try #require(store.allRuns.last)
        #expect(record.status == .failed)
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent(record.logPath).path))
    }

    @Test func anUndefinedNumberFailsTheRunAndPublishesNothing() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        try project.writeInput("nan\n")
        let store = MemoryRunStore()
        #expect {
            try project.runner(store: store).run("toy/echo", scale: .smoke)
        } throws: { error in
            "\(error)".hasPrefix("toy/echo failed: number 'sum' came out nan")
        }
        #expect(!FileManager.default.fileExists(atPath: project.layout.figures.appendingPathComponent("toy/echo.svg").path))
        let cache = (try? FileManager.default.contentsOfDirectory(atPath: project.layout.cache.path)) ?? []
        #expect(cache.isEmpty)
        let record = try #require(store.allRuns.last)
        #expect(record.status == .failed)
        #expect(record.error?.contains("'sum'") == true)
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent(record.logPath).path))
    }

    @Test func anUpstreamFileTheUpstreamDidNotWriteListsTheOnesItDid() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        let runner = project.runner()
        #expect(try runner.run("toy/reading", scale: .smoke).record.numbers["bytes"] == 8)
        #expect {
            try runner.run("toy/reading", scale: .smoke, overrides: ["file=nosuch.csv"])
        } throws: { error in
            "\(error)".hasSuffix("/nosuch.csv: toy/echo wrote no such file (its .csv files: echo.csv); check the names in this run's config")
        }
    }

    @Test func aConfigItsExperimentRefusesFailsBeforeTheUpstreamRuns() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        let store = MemoryRunStore()
        let runner = project.runner(store: store)
        #expect {
            try runner.run("toy/reading", scale: .smoke, overrides: ["file=echo.svg"])
        } throws: { error in
            "\(error)" == "toy/reading: file: 'echo.svg' is no .csv file"
        }
        #expect(store.allRuns.map(\.experiment) == ["toy/reading"])
        #expect(store.allRuns.first?.status == .failed)
        #expect(throws: (any Error).self) { try runner.resolvedConfig("toy/reading", scale: .smoke, overrides: ["file=echo.svg"]) }
    }

    @Test func abandonedStagingFromAKilledRunIsRemoved() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        let abandoned = project.layout.cache.appendingPathComponent(".staging-deadbeef-999999")
        try FileManager.default.createDirectory(at: abandoned, withIntermediateDirectories: true)
        try "half".write(to: abandoned.appendingPathComponent("echo.svg"), atomically: true, encoding: .utf8)
        try project.runner().run("toy/echo", scale: .smoke)
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
    }

    @Test func missingInputNamesTheFile() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        try FileManager.default.removeItem(at: project.inputURL)
        #expect {
            try project.runner().run("toy/echo", scale: .smoke)
        } throws: { error in
            "\(error)".hasPrefix("missing input \(project.inputURL.path)") && "\(error)".contains("make data")
        }
    }

    @Test func unknownExperimentIsRejectedWithSuggestion() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        #expect { try project.runner().run("toy/ech") } throws: { "\($0)".contains("did you mean toy/echo") }
        #expect { try project.runner().run("nothing") } throws: { "\($0)".contains("repro list") }
    }

    @Test func commentOnlyChangeKeepsTheFingerprint() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        let file = project.layout.experimentFolder("toy/echo").appendingPathComponent("Toy.swift")
        let before = try SourceFingerprint.compute(experimentID: "toy/echo", engines: [], layout: project.layout)
        try "// a comment\nlet x = 1   \n\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try SourceFingerprint.compute(experimentID: "toy/echo", engines: [], layout: project.layout) == before)
        try "let x = 2\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try SourceFingerprint.compute(experimentID: "toy/echo", engines: [], layout: project.layout) != before)
    }
}
