import Foundation
import Testing
@testable import Site

@Suite("No path of the build machine on the site")
struct RedactionTests {
    @Test("records holding the build folder's absolute path build pages that do not name it")
    func recordsWithAbsolutePaths() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let build = fixture.folder.path
        let home = NSHomeDirectory()
        var content = fixture.content
        let at = try #require(content.papers[1].experiments.firstIndex { $0.id == "trails/table3" })
        var failed = content.papers[1].experiments[at]
        failed.error = "\(build)/data/trails/records.csv: line 4: expected 5 fields, found 3 (see \(home)/notes.txt)"
        failed.logText = "reading \(build)/data/trails/records.csv\nerror at \(build)"
        failed.notes = ["cached under \(build)/.repro/cache/abc"]
        failed.config = #"{"data":"\#(build)/data"}"#
        failed.claims[0].explanation = "could not open \(build)/data/x.json"
        failed.inputs = [SiteInput(path: "\(build)/data/trails/records.csv", sha256: String(repeating: "ab", count: 32), source: "\(build)/data/trails/SOURCE.md")]
        content.papers[1].experiments[at] = failed
        let logFile = fixture.folder.appendingPathComponent("results/table3.log")
        try Data("opened \(build)/data/trails/records.csv\n".utf8).write(to: logFile)
        content.papers[1].experiments[at].logFile = logFile
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(content, into: site)
        let inspection = SiteInspection(root: site)
        var checked = 0
        for path in inspection.files() where [".html", ".js", ".json", ".log", ".css"].contains(where: path.hasSuffix) {
            let text = inspection.text(path)
            #expect(!text.contains(build), "\(path) names the build folder")
            #expect(!text.contains(home + "/"), "\(path) names the home folder")
            checked += 1
        }
        #expect(checked > 10)
        let page = inspection.text("experiments/trails/table3.html")
        #expect(page.contains("data/trails/records.csv: line 4: expected 5 fields, found 3 (see ~/notes.txt)"))
        #expect(page.contains("could not open data/x.json"))
    }

    @Test("the redactor rewrites whole path prefixes only")
    func redactor() {
        let r = PathRedactor([("/work/repo", ""), ("/work/repo/data", "data"), ("/home/me", "~")])
        #expect(r.redact("/work/repo/Sources/x.swift:3") == "Sources/x.swift:3")
        #expect(r.redact("/work/repo/data/a.csv") == "data/a.csv")
        #expect(r.redact("in /work/repo.") == "in ..")
        #expect(r.redact("/work/repository/x") == "/work/repository/x")
        #expect(r.redact("'/home/me/x' and /home/mex") == "'~/x' and /home/mex")
        #expect(PathRedactor([("/", "")]).rules.isEmpty)
    }
}
