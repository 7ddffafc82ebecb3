import Foundation
import Testing
@testable import Site

@Suite("Slurm task logs on the experiment page")
struct TaskLogTests {
    @Test("each task log of a sharded run is copied into the site and linked from the log section")
    func taskLogsAreLinked() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        var content = fixture.content
        let at = try #require(content.papers[1].experiments.firstIndex { $0.id == "trails/table3" })
        let logs = fixture.folder.appendingPathComponent("slurm-logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let names = ["repro-trails-table3-0.log", "repro-trails-table3-1.log", "repro-trails-table3-merge.log"]
        for name in names { try Data("task \(name) done\n".utf8).write(to: logs.appendingPathComponent(name)) }
        content.papers[1].experiments[at].taskLogs = names.map { logs.appendingPathComponent($0) }
            + [logs.appendingPathComponent("missing.log")]
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(content, into: site)
        let inspection = SiteInspection(root: site)
        let page = inspection.text("experiments/trails/table3.html")
        #expect(page.contains("Slurm task logs (3)"))
        for name in names {
            let copied = try #require(inspection.files().first { $0.hasSuffix(name.replacingOccurrences(of: ".log", with: "") + ".log") },
                                      "\(name) copied into the site")
            #expect(page.contains(copied.components(separatedBy: "/").last ?? "?"), "\(name) linked")
            #expect(inspection.text(copied).contains("task \(name) done"))
        }
        #expect(!page.contains("missing.log"))
    }
}
