import Foundation
import Testing
@testable import Site

@Suite("Site content")
struct ContentTests {
    @Test("a config value <script>alert(1)</script> is shown as text, never as markup")
    func escapesHostileText() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        let html = SiteInspection(root: site).text("experiments/accel-nasbench/figure3.html")
        func has(_ text: String) -> Bool { html.contains(text) }
        #expect(has("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!has("<script>alert"))
        #expect(!has("alert(2)"), "script inside the table's HTML file is dropped")
        #expect(!has("alert(3)"), "onload handler of the SVG is dropped")
        #expect(!has("alert(4)"), "script inside the SVG is dropped")
        #expect(!has("onclick"))
        // The only scripts are the site's own two.
        #expect(SiteInspection.matches(#"(<script\b)"#, in: html).count == 2)
        #expect(has("<script src=\"../../search-index.js\"></script>"))
        // Notes, logs and HTML-looking data are escaped too.
        #expect(has("&lt;b&gt;not&lt;/b&gt;"))
        #expect(has("3 rows skipped &lt;bad&gt;"))
        #expect(has("Different GPU driver &amp; batch size."))
        let counts = SiteInspection(root: site).text("experiments/accel-nasbench/table2.html")
        #expect(counts.contains("<td>&lt;b&gt;gpu&lt;/b&gt;</td>") as Bool)
        #expect(counts.contains("<td>tpu, v3</td><td class=\"num\">120</td>") as Bool)
        #expect(counts.contains("Smoke scale.") as Bool)
    }

    @Test("inputs say whether their SHA-256 is the pinned one, and name the pinned upstream copy")
    func inputsShowTheirManifest() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        let html = SiteInspection(root: site).text("experiments/accel-nasbench/figure3.html")
        func count(_ text: String) -> Int { html.components(separatedBy: text).count - 1 }
        #expect(count("✓ pinned") == 1)
        #expect(count("✗ not the pinned file") == 1)
        #expect(html.contains("upstream: <code>https://raw.githubusercontent.com/o/r/0123/configs/space.json</code>"))
        #expect(count("upstream: <code>") == 1)
    }

    @Test("the same content builds byte-identical sites; only the build time differs")
    func deterministic() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let first = fixture.folder.appendingPathComponent("first")
        let second = fixture.folder.appendingPathComponent("second")
        let later = fixture.folder.appendingPathComponent("later")
        try SiteBuilder().build(fixture.content, into: first)
        try SiteBuilder().build(fixture.content, into: second)
        var moved = fixture.content
        moved.buildTime = Fixture.buildTime.addingTimeInterval(86_400 * 3 + 3_600)
        try SiteBuilder().build(moved, into: later)
        let a = SiteInspection(root: first), b = SiteInspection(root: second), c = SiteInspection(root: later)
        #expect(a.files() == b.files())
        #expect(a.files() == c.files())
        for path in a.files() {
            let bytesA = try Data(contentsOf: first.appendingPathComponent(path))
            #expect(bytesA == (try Data(contentsOf: second.appendingPathComponent(path))), "\(path) differs between builds")
            let bytesC = try Data(contentsOf: later.appendingPathComponent(path))
            if path == "index.html" {
                #expect(bytesA != bytesC)
                let stamp = SiteFormat.date(Fixture.buildTime), movedStamp = SiteFormat.date(moved.buildTime)
                #expect(a.text(path).components(separatedBy: stamp).count == 2, "the build time appears once")
                #expect(a.text(path).replacingOccurrences(of: stamp, with: "T") == c.text(path).replacingOccurrences(of: movedStamp, with: "T"))
            } else {
                #expect(bytesA == bytesC, "\(path) depends on the build time")
            }
        }
    }

    @Test("summary counts experiments and claims by verdict")
    func summaryCounts() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let summary = SiteSummary(content: fixture.content)
        #expect(summary.experiments == 5)
        #expect(summary.claims == 11)
        #expect(summary.pass == 4)
        #expect(summary.miss == 2)
        #expect(summary.notJudged == 2)
        #expect(summary.notReproducible == 1)
        #expect(summary.notRun == 2)
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        let index = SiteInspection(root: site).text("index.html")
        for (count, label) in [(5, "experiments"), (11, "claims"), (4, "pass"), (2, "miss"),
                               (2, "not judged (smoke)"), (1, "not reproducible here"), (2, "not run")] {
            #expect(index.contains("<strong>\(count)</strong>\(label)</li>"), "\(count) \(label)")
        }
    }

    @Test("the content survives a JSON round trip, so the CLI may pass it as a file")
    func codable() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let data = try JSONEncoder().encode(fixture.content)
        #expect(try JSONDecoder().decode(SiteContent.self, from: data) == fixture.content)
    }

    @Test("overall verdicts: miss beats pass, failures and never-run experiments are shown as such")
    func overallVerdicts() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let verdicts = fixture.content.papers.flatMap(\.experiments).map(\.overallVerdict)
        #expect(verdicts == [.someMiss, .notJudged, .allPass, .someMiss, .notRun, .failed])
    }

    @Test("the paper link is escaped, and only http(s) addresses are linked")
    func paperLink() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        let trails = SiteInspection(root: site).text("papers/trails.html")
        #expect(trails.contains("href=\"https://example.org/trails?a=1&amp;b=&quot;2&quot;\""))
        #expect(trails.contains("Example et al., 2024."))
        var content = fixture.content
        content.papers[1].url = "javascript:alert(1)"
        try SiteBuilder().build(content, into: site)
        #expect(!SiteInspection(root: site).text("papers/trails.html").contains("javascript:"))
    }

    @Test("SVGs over the size limit are shown as the PNG instead of inline")
    func largeSVG() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder(inlineSVGLimit: 100).build(fixture.content, into: site)
        let html = SiteInspection(root: site).text("experiments/accel-nasbench/figure3.html")
        #expect(!html.contains("<svg"))
        #expect(html.contains("<img src=\"../../files/accel-nasbench/figure3/accuracy-vs-throughput.png\" alt=\"Figure 3: Accuracy vs throughput"))
    }

    @Test("a long log is cut to its last lines on the page")
    func longLog() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        var content = fixture.content
        content.papers[1].experiments[0].logText = (1...1000).map { "line \($0)" }.joined(separator: "\n")
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(content, into: site)
        let html = SiteInspection(root: site).text("experiments/trails/figure9.html")
        #expect(html.contains("Show the last 400 of 1000 log lines"))
        #expect(html.contains("line 601\nline 602"))
        #expect(!html.contains("line 600\n"))
    }

    @Test("the engines page shows one engine serving several papers")
    func enginesPage() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        let html = SiteInspection(root: site).text("engines.html")
        #expect(html.contains("Serves 2 experiments in 2 papers."))  // Plotting, Statistics
        #expect(html.contains("Figures through Cairo: SVG, PDF and PNG."))
        let usage = EngineUsage(content: fixture.content)
        #expect(usage.engines.map(\.name) == ["Datasets", "Plotting", "Search", "Statistics", "Tables"])
        #expect(usage.engines.first { $0.name == "Tables" }?.paperIDs == ["accel-nasbench", "trails"])
    }

    @Test("experiment page shows provenance, inputs, config diff, re-run commands and the paired figures")
    func experimentDetails() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        let inspection = SiteInspection(root: site)
        let html = inspection.text("experiments/accel-nasbench/figure3.html")
        #expect(html.contains("1 key differs from the defaults for this scale"))
        #expect(html.contains("<code>label</code>"))
        #expect(html.contains(String(repeating: "9f", count: 32)))
        #expect(html.contains("0123456789abcdef0123</code> (uncommitted changes)"))
        #expect(html.contains("make accel-nasbench-figure3\nrepro run accel-nasbench/figure3 --scale paper"))
        #expect(html.contains("Why it misses: Different GPU driver"))
        #expect(html.contains("Why: No FPGA on this machine."))
        #expect(html.contains("href=\"../../files/accel-nasbench/figure3/figure3.log\""))
        let pair = inspection.text("experiments/trails/figure9.html")
        #expect(pair.contains("class=\"pair\""))
        #expect(pair.components(separatedBy: "<svg").count == 3)
        #expect(pair.contains("id=\"figure-refinement-released-glyph0-1\""))
        #expect(pair.contains("id=\"figure-recomputed-refinement-recomputed-glyph0-1\""))
        #expect(html.contains("Show the log (3 lines)"))
        let failed = inspection.text("experiments/trails/table3.html")
        #expect(failed.contains("The latest run failed."))
        #expect(failed.contains("records.csv: line 4: expected 5 fields, found 3"))
    }
}
