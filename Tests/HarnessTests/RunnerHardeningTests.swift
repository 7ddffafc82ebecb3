#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Harness
import Testing

/// Work folders per cache key, locked and verified cache reuse, platform pins and input stamps.
@Suite struct RunnerHardeningTests {
    func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func workFromAnotherCacheKeyIsNeverReused() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        let runner = project.runner()
        let works = project.layout.workFolders("toy/work", scale: .smoke)
        let first = try runner.run("toy/work", scale: .smoke)
        #expect(first.record.numbers["records"] == 1)
        #expect(names(in: works) == [first.record.cacheKey])

        try project.editSource(of: "toy/work", "let x = 2\n")
        let second = try runner.run("toy/work", scale: .smoke)
        #expect(!second.cached)
        #expect(second.record.cacheKey != first.record.cacheKey)
        #expect(second.record.numbers["records"] == 1, "a record of the old code was reused")
        #expect(names(in: works) == [second.record.cacheKey], "the old key's work folder survived")

        let forced = try runner.run("toy/work", scale: .smoke, force: true)
        #expect(forced.record.cacheKey == second.record.cacheKey)
        #expect(forced.record.numbers["records"] == 1, "--force resumed old work")
    }

    @Test func workOfAKeyBeingComputedElsewhereIsKept() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        let other = String(repeating: "ab", count: 32)
        let busy = project.layout.workFolder("toy/work", scale: .smoke, key: other)
        try FileManager.default.createDirectory(at: busy, withIntermediateDirectories: true)
        let legacy = project.layout.workFolders("toy/work", scale: .smoke).appendingPathComponent("benchmark-old.sqlite")
        try "old".write(to: legacy, atomically: true, encoding: .utf8)
        let held = try FileLock.acquire(project.layout.cacheLock(other))
        let outcome = try project.runner().run("toy/work", scale: .smoke)
        #expect(FileManager.default.fileExists(atPath: busy.path))
        #expect(!FileManager.default.fileExists(atPath: legacy.path))
        held.release()
        try project.runner().run("toy/work", scale: .smoke)
        #expect(names(in: project.layout.workFolders("toy/work", scale: .smoke)) == [outcome.record.cacheKey])
    }

    @Test func aTamperedCachedFileIsRecomputedNotRepublished() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        let runner = project.runner()
        let first = try runner.run("toy/echo", scale: .smoke)
        let cached = project.layout.cache.appendingPathComponent(first.record.cacheKey).appendingPathComponent("echo.csv")
        try "sum,666\n".write(to: cached, atomically: true, encoding: .utf8)
        let again = try runner.run("toy/echo", scale: .smoke)
        #expect(!again.cached)
        let published = project.layout.tables.appendingPathComponent("toy/echo.csv")
        #expect(try String(contentsOf: published, encoding: .utf8) == "sum,6.0\n")
        for artifact in again.record.artifacts where artifact.kind != .data {
            #expect(try Digest.sha256(fileAt: project.root.appendingPathComponent(artifact.path)) == artifact.sha256)
        }
        #expect(try runner.run("toy/echo", scale: .smoke).cached)
    }

    @Test func aRunWaitsForTheLockOfItsKeyThenTakesTheCachedResult() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        let store = MemoryRunStore()
        let key = try project.runner(store: store).run("toy/echo", scale: .smoke).record.cacheKey
        let held = try FileLock.acquire(project.layout.cacheLock(key))
        let finished = Finished()
        let thread = Thread {
            let outcome = try? project.runner(store: store).run("toy/echo", scale: .smoke)
            finished.set(outcome?.cached)
        }
        thread.start()
        Thread.sleep(forTimeInterval: 0.5)
        #expect(finished.value == nil, "the run did not wait for the lock")
        held.release()
        let deadline = Date().addingTimeInterval(20)
        while finished.value == nil && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(finished.value == .some(true))
    }

    @Test func theToolchainAndLibraryVersionsArePartOfTheKeyAndTheRecord() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        let store = MemoryRunStore()
        let old = Platform(swift: "Swift version 6.3", libraries: ["libcairo2=1.16.0-7"])
        let new = Platform(swift: "Swift version 6.3", libraries: ["libcairo2=1.18.0-1"])
        let first = try project.runner(store: store, platform: old).run("toy/echo", scale: .smoke)
        #expect(first.record.platform == "Swift version 6.3; libcairo2=1.16.0-7; OPENBLAS_CORETYPE=auto")
        #expect(try project.runner(store: store, platform: old).run("toy/echo", scale: .smoke).cached)
        let second = try project.runner(store: store, platform: new).run("toy/echo", scale: .smoke)
        #expect(!second.cached)
        #expect(second.record.platform.contains("libcairo2=1.18.0-1"))
        let otherKernel = Platform(swift: "Swift version 6.3", libraries: ["libcairo2=1.18.0-1"], blasKernel: "SkylakeX")
        #expect(try !project.runner(store: store, platform: otherKernel).run("toy/echo", scale: .smoke).cached)
    }

    @Test func thisMachinesPlatformNamesSwiftAndTheSystemLibraries() {
        let platform = Platform.current
        #expect(platform.swift.contains("Swift version"))
        for package in ["libopenblas0", "libcairo2", "libpango-1.0-0", "libfontconfig1", "fonts-dejavu-core"] {
            #expect(platform.libraries.contains { $0.hasPrefix(package) }, "\(package) missing from \(platform.summary)")
        }
        #expect(!platform.blasKernel.isEmpty && platform.summary.hasSuffix("OPENBLAS_CORETYPE=\(platform.blasKernel)"))
    }

    @Test func anEditKeepingSizeAndModificationTimeIsStillSeen() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        let runner = project.runner()
        #expect(try runner.run("toy/echo", scale: .smoke).record.numbers["sum"] == 6)
        var before = stat()
        #expect(stat(project.inputURL.path, &before) == 0)
        try project.writeInput("1\n2\n4\n")
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, project.inputURL.path, &times, 0) == 0)
        let after = try #require(FileStamp.of(project.inputURL))
        #expect(after.modifiedNanoseconds == Int64(before.st_mtim.tv_sec) * 1_000_000_000 + Int64(before.st_mtim.tv_nsec))
        let changed = try runner.run("toy/echo", scale: .smoke)
        #expect(!changed.cached)
        #expect(changed.record.numbers["sum"] == 7)
    }

    @Test func aRejectedSetValueWritesAFailureRecord() throws {
        let project = try TemporaryProject()
        defer { project.remove() }
        let store = MemoryRunStore()
        #expect {
            try project.runner(store: store).run("toy/echo", scale: .smoke, overrides: ["nested.repeats=-1"])
        } throws: { "\($0)" == "--set nested.repeats=-1: out of range; valid range 0...9007199254740992" }
        let record = try #require(store.allRuns.last)
        #expect(record.status == .failed)
        #expect(record.error?.contains("nested.repeats=-1") == true)
        #expect(record.notes == ["--set nested.repeats=-1"])
    }
}

/// A value set by one thread and read by another.
final class Finished: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Bool??
    func set(_ value: Bool?) { lock.withLock { stored = .some(value) } }
    var value: Bool?? { lock.withLock { stored } }
}
