import Foundation
import Testing
@testable import Site

@Suite("Atomic site builds")
struct AtomicBuildTests {
    @Test("two racing builds both finish, never share a folder, and site/index.html exists at every instant")
    func racingBuilds() async throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        try Data("kept".utf8).write(to: site.appendingPathComponent("README.md"))
        let index = site.appendingPathComponent("index.html").path
        let content = fixture.content
        let stop = Flag()
        // A watcher looks for the index the whole time the builders run.
        let watcher = Task.detached { () -> Int in
            var missing = 0
            while !stop.isSet {
                if access(index, F_OK) != 0 { missing += 1 }
            }
            return missing
        }
        let rounds = 6
        try await withThrowingTaskGroup(of: Void.self) { group in
            for builder in 0..<2 {
                group.addTask {
                    for round in 0..<rounds {
                        var mine = content
                        mine.title = "builder \(builder) round \(round)"
                        try SiteBuilder().build(mine, into: site)
                    }
                }
            }
            try await group.waitForAll()
        }
        stop.set()
        let missing = await watcher.value
        #expect(missing == 0, "site/index.html was missing \(missing) times")
        let html = try String(contentsOfFile: index, encoding: .utf8)
        #expect(html.contains("builder 0 round \(rounds - 1)") || html.contains("builder 1 round \(rounds - 1)"))
        #expect((try? String(contentsOf: site.appendingPathComponent("README.md"), encoding: .utf8)) == "kept")
        // No staging or old folder is left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).sorted()
        #expect(names == ["results", "site"])
        // Each page is whole: a site that mixes two builds would fail the link check.
        let inspection = SiteInspection(root: site)
        let pageCount: Int = inspection.pages().count
        #expect(pageCount == 9)
    }

    @Test("publishing replaces an existing site in one step: after every rename a complete site is there")
    func noStepWithoutSite() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        let seen = Recorder()
        SiteSwap.afterStep = { destination in
            guard destination.path == site.standardizedFileURL.path else { return }
            seen.add(FileManager.default.fileExists(atPath: destination.appendingPathComponent("index.html").path))
        }
        defer { SiteSwap.afterStep = nil }
        try SiteBuilder().build(fixture.content, into: site)
        try SiteBuilder().build(fixture.content, into: site)
        #expect(seen.values == [true, true], "index.html present after each step: \(seen.values)")
    }

    @Test("a build interrupted between the fallback's two renames is repaired by the next one")
    func interruptedSwap() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        // The state a crash between "old site aside" and "new site in" leaves.
        let aside = fixture.folder.appendingPathComponent(".site.old-crashed.tmp")
        try FileManager.default.moveItem(at: site, to: aside)
        try Data("kept".utf8).write(to: aside.appendingPathComponent("README.md"))
        let deadStaging = fixture.folder.appendingPathComponent(".site.staging-999999999-x.tmp")
        try FileManager.default.createDirectory(at: deadStaging, withIntermediateDirectories: true)
        try SiteBuilder().build(fixture.content, into: site)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
        #expect((try? String(contentsOf: site.appendingPathComponent("README.md"), encoding: .utf8)) == "kept")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).sorted()
        #expect(names == ["results", "site"])
    }
}

/// Values recorded from another thread.
private final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Bool] = []
    var values: [Bool] { lock.lock(); defer { lock.unlock() }; return list }
    func add(_ value: Bool) { lock.lock(); list.append(value); lock.unlock() }
}

/// A flag set once, read from another thread.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}
