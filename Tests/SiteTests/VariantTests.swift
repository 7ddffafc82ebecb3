import Foundation
import Testing
@testable import Site

@Suite("Variants share their experiment's page")
struct VariantTests {
    @Test("a variant gets no page of its own; its figure, claims and provenance are on the experiment's page")
    func onePage() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        let inspection = SiteInspection(root: site)
        #expect(!inspection.pages().contains { $0.contains("recomputed") }, "\(inspection.pages())")
        let html = inspection.text("experiments/trails/figure9.html")
        // Released and recomputed figures side by side, each labelled.
        #expect(html.contains("<span class=\"variant\">Released</span>"))
        #expect(html.contains("<span class=\"variant\">Recomputed</span>"))
        #expect(html.contains("class=\"pair\""))
        // Each run's claims, labelled.
        #expect(html.contains("Released (trails/figure9)</h3>"))
        #expect(html.contains("Recomputed (trails/figure9/recomputed)</h3>"))
        #expect(html.contains("recomputed.order"))
        #expect(html.contains("Why it misses: UNIFORM is feasible first on our benchmark."))
        // Each run's own provenance: config, inputs with SHA-256, code version, log, time.
        #expect(html.contains("id=\"provenance\""))
        #expect(html.contains("id=\"provenance-recomputed\""))
        #expect(html.contains("Provenance: Recomputed"))
        #expect(html.contains("id=\"config-recomputed\""))
        #expect(html.contains(String(repeating: "7e", count: 32)))
        #expect(html.contains("<code>abcdefabcdef0123</code>"))
        #expect(html.contains("href=\"../../files/trails/figure9/recomputed/figure9-recomputed.log\""))
        #expect(html.contains(SiteFormat.date(Date(timeIntervalSince1970: 1_794_991_500))))
        #expect(html.contains("make trails-figure9-recomputed\nrepro run trails/figure9/recomputed --scale paper"))
        // The card and the search index count the pair once.
        let paper = inspection.text("papers/trails.html")
        #expect(paper.components(separatedBy: "experiments/trails/figure9.html").count - 1 == 1)
        #expect(paper.contains("Released + Recomputed"))
        let entries = try JSONDecoder().decode([SearchIndex.Entry].self, from: Data(inspection.text("search-index.json").utf8))
        let figure9 = entries.filter { $0.url == "experiments/trails/figure9.html" }
        #expect(figure9.count == 1)
        #expect(figure9.first?.text.contains("trails/figure9/recomputed") == true)
        #expect(!entries.contains { $0.url.contains("recomputed") })
    }

    @Test("a variant whose experiment is absent still gets the experiment's page")
    func orphanVariant() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        var content = fixture.content
        content.papers[1].experiments.removeAll { $0.id == "trails/figure9" }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(content, into: site)
        let inspection = SiteInspection(root: site)
        #expect(inspection.pages().contains("experiments/trails/figure9.html"))
        #expect(!inspection.pages().contains { $0.contains("recomputed") })
    }
}
