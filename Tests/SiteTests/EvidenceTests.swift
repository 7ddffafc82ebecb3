import Foundation
import Testing
@testable import Site

@Suite("Evidence on the site")
struct EvidenceTests {
    @Test("the index leads with recomputed claims and counts replots and bars apart")
    func indexHeadline() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        let index = SiteInspection(root: site).text("index.html")
        let headline = try #require(SiteInspection.matches(#"(<div class="headline">[\s\S]*?</div>)"#, in: index).first)
        // recomputed: mean_acc_tpu pass, speed-up pass, order miss (+ fpga not reproducible)
        #expect(headline.contains("Recomputed by our engines: </strong><span class=\"pass\">2 pass</span>, <span class=\"miss\">1 miss</span> of 3 judged"))
        #expect(headline.contains("Replotted from the authors' released results: </strong>2 pass, 1 miss of 3 judged"))
        #expect(!index.contains("recomputed from raw data"), "the index must not claim everything was recomputed")
        #expect(index.contains("Replots</strong> aggregate the result files the authors released"))
        // The headline comes before the experiment cards.
        let headlineAt = try #require(index.range(of: "class=\"headline\""))
        let cardsAt = try #require(index.range(of: "class=\"cards\""))
        #expect(headlineAt.lowerBound < cardsAt.lowerBound)
        let trails = SiteInspection(root: site).text("papers/trails.html")
        #expect(trails.contains("Recomputed by our engines: </strong><span class=\"pass\">1 pass</span>, <span class=\"miss\">1 miss</span> of 2 judged"))
    }

    @Test("the claims table shows evidence, source kind with its place, and the tolerance basis")
    func claimsColumns() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        let figure3 = SiteInspection(root: site).text("experiments/accel-nasbench/figure3.html")
        #expect(figure3.contains("<th>Evidence</th>"))
        #expect(figure3.contains("<th>Source</th>"))
        #expect(figure3.contains("<span class=\"evidence evidence-recomputed\">recomputed</span>"))
        #expect(figure3.contains("<span class=\"evidence evidence-replot\">replot</span>"))
        #expect(figure3.contains("paper: Table 2"))
        #expect(figure3.contains("read off a figure: Figure 3, right"))
        #expect(figure3.contains("±0.5<span class=\"basis\">printed precision</span>"))
        let figure9 = SiteInspection(root: site).text("experiments/trails/figure9.html")
        #expect(figure9.contains("derived by us from micro_phase2_frappe.json"))
        #expect(!figure9.contains("paper: micro_phase2_frappe.json"))
    }

    @Test("claims follow the figures, before the tables; long tables are collapsed with a CSV link")
    func pageOrder() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        let html = SiteInspection(root: site).text("experiments/trails/figure9.html")
        let figures = try #require(html.range(of: "id=\"figures\""))
        let claims = try #require(html.range(of: "id=\"claims\""))
        let tables = try #require(html.range(of: "id=\"tables\""))
        #expect(figures.lowerBound < claims.lowerBound)
        #expect(claims.lowerBound < tables.lowerBound)
        #expect(html.contains("25 rows, collapsed. <a href=\"../../files/trails/figure9/recomputed/budgets.csv\" download>Download the CSV</a>"))
        #expect(html.contains("<details><summary>Show all 25 rows of Budget per run</summary>"))
        // A short table stays open.
        let short = SiteInspection(root: site).text("experiments/accel-nasbench/table2.html")
        #expect(!short.contains("rows, collapsed"))
    }

    @Test("summary counts claims per evidence kind")
    func countsByEvidence() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let summary = SiteSummary(content: fixture.content)
        let recomputed = summary.counts(.recomputed), replot = summary.counts(.replot), bar = summary.counts(.bar)
        let recomputedCounts: [Int] = [recomputed.pass, recomputed.miss, recomputed.notReproducible]
        #expect(recomputedCounts == [2, 1, 1])
        let replotCounts: [Int] = [replot.pass, replot.miss]
        #expect(replotCounts == [2, 1])
        // Claims built without an evidence kind count as recomputed (the model's default).
        #expect(recomputed.text == "2 pass, 1 miss of 3 judged (2 not judged (smoke), 1 not reproducible here, 2 not run)")
        #expect(bar.total == 0)
        #expect(recomputed.total + replot.total + bar.total == summary.claims)
    }
}
