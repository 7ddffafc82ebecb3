import Foundation
@testable import Harness
import Store
import Testing

@Suite struct ResultStoreTests {
    func sampleRun(key: String = "k1", status: RunRecord.Status = .ok) -> RunRecord {
        RunRecord(
            experiment: "toy/echo", scale: .paper, status: status, cacheKey: key,
            configJSON: #"{"a":1}"#, defaultConfigJSON: #"{"a":2}"#,
            code: CodeVersion(commit: "abc123", dirty: true), threads: 1,
            startedAt: Date(timeIntervalSince1970: 1_700_000_000), endedAt: Date(timeIntervalSince1970: 1_700_000_012.5),
            peakMemoryBytes: 42 << 20, logPath: ".repro/cache/k1/run.log",
            inputs: [InputRecord(path: "toy/values.txt", sha256: "ff", bytes: 6, source: "toy/SOURCE.md")],
            artifacts: [ArtifactRecord(name: "echo.csv", kind: .table, path: "tables/toy/echo.csv", sha256: "ee", bytes: 8)],
            numbers: ["sum": 6, "ratio": 0.25], notes: ["a note"], platform: "Swift version 6.3; libcairo2=1.16.0-7")
    }

    @Test func roundTripsEveryField() throws {
        let store = try ResultStore()
        let run = sampleRun()
        let id = try store.insert(run)
        let loaded = try #require(try store.successfulRun(cacheKey: "k1"))
        var expected = run
        expected.id = id
        #expect(loaded == expected)
        #expect(loaded.duration == 12.5)
    }

    @Test func twoProcessesShareOneDatabaseFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repro-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("results.sqlite")
        let stores = [try ResultStore(url: url), try ResultStore(url: url)]
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for index in 0..<40 {
                do { _ = try stores[worker].insert(sampleRun(key: "w\(worker)-\(index)")) } catch { failures.add("\(error)") }
            }
        }
        #expect(failures.all.isEmpty, "concurrent writers failed: \(failures.all.first ?? "")")
        #expect(try ResultStore(url: url).successfulRun(cacheKey: "w1-39") != nil)
    }

    @Test func failedRunsAreNotCacheHits() throws {
        let store = try ResultStore()
        _ = try store.insert(sampleRun(key: "k2", status: .failed))
        #expect(try store.successfulRun(cacheKey: "k2") == nil)
        #expect(try store.latestRun(experiment: "toy/echo")?.status == .failed)
    }

    @Test func currentRunFollowsMarks() throws {
        let store = try ResultStore()
        let first = try store.insert(sampleRun(key: "a"))
        let second = try store.insert(sampleRun(key: "b"))
        try store.markCurrent(experiment: "toy/echo", runID: second)
        #expect(try store.currentRun(experiment: "toy/echo")?.cacheKey == "b")
        try store.markCurrent(experiment: "toy/echo", runID: first)
        #expect(try store.currentRun(experiment: "toy/echo")?.cacheKey == "a")
        #expect(try store.history(experiment: "toy/echo").map(\.cacheKey) == ["b", "a"])
    }

    @Test func digestsAreRememberedBySizeTimesAndInode() throws {
        let store = try ResultStore()
        let stamp = FileStamp(bytes: 10, modifiedNanoseconds: 5, inode: UInt64.max - 1, changedNanoseconds: 7)
        try store.rememberDigest(path: "/d/x", stamp: stamp, sha256: "aa")
        #expect(try store.knownDigest(path: "/d/x", stamp: stamp) == "aa")
        var other = stamp
        other.bytes = 11
        #expect(try store.knownDigest(path: "/d/x", stamp: other) == nil)
        other = stamp
        other.modifiedNanoseconds = 6
        #expect(try store.knownDigest(path: "/d/x", stamp: other) == nil)
        other = stamp
        other.inode = 3
        #expect(try store.knownDigest(path: "/d/x", stamp: other) == nil, "a replaced file (new inode) reused the digest")
        other = stamp
        other.changedNanoseconds = 8
        #expect(try store.knownDigest(path: "/d/x", stamp: other) == nil, "a changed file (new ctime) reused the digest")
    }

    @Test func nonFiniteNumbersRoundTripFaithfully() throws {
        let store = try ResultStore()
        var run = sampleRun(key: "nf")
        run.numbers = ["up": .infinity, "down": -.infinity, "none": .nan, "one": 1]
        _ = try store.insert(run)
        let loaded = try #require(try store.successfulRun(cacheKey: "nf")).numbers
        #expect(loaded["up"] == .infinity)
        #expect(loaded["down"] == -.infinity)
        #expect(loaded["none"]?.isNaN == true)
        #expect(loaded["one"] == 1)
    }

    @Test func persistsAcrossOpens() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: url) }
        _ = try ResultStore(url: url).insert(sampleRun())
        #expect(try ResultStore(url: url).successfulRun(cacheKey: "k1")?.numbers["sum"] == 6)
    }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.lock(); messages.append(message); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return messages }
}
