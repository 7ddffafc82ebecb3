import Foundation
import Testing
@testable import Site

@Suite("Site helpers")
struct HelperTests {
    @Test("escaping covers the five special characters and leaves entities escaped again")
    func escaping() {
        #expect(HTMLEscaping.text("a < b && c > \"d\"") == "a &lt; b &amp;&amp; c &gt; \"d\"")
        #expect(HTMLEscaping.text("&lt;") == "&amp;lt;")
        #expect(HTMLEscaping.attribute("x\" onload='y'") == "x&quot; onload=&#39;y&#39;")
    }

    @Test("slugs keep safe characters and cannot climb out of the site")
    func slugs() {
        #expect(SitePaths.slug("figure9") == "figure9")
        #expect(SitePaths.slug("a b/c") == "a-b-c")
        #expect(SitePaths.slug("..") == "_..")
        #expect(SitePaths.slug("") == "_")
        #expect(SitePaths.rootPrefix(of: "experiments/trails/figure9.html") == "../../")
        #expect(SitePaths.rootPrefix(of: "index.html") == "")
    }

    @Test("config diff lists nested keys that differ and tolerates invalid JSON")
    func configDiff() {
        let diff = ConfigDiff(
            config: #"{"b":{"x":1,"y":[1,2]},"a":true,"extra":"s"}"#,
            defaults: #"{"a":true,"b":{"x":2,"y":[1,2]}}"#)
        #expect(diff.isValidJSON)
        #expect(diff.rows.map(\.key) == ["a", "b.x", "b.y", "extra"])
        #expect(diff.differing.map(\.key) == ["b.x", "extra"])
        #expect(diff.differing.first?.value == "1")
        #expect(diff.differing.first?.defaultValue == "2")
        #expect(diff.differing.last?.defaultValue == nil)
        #expect(diff.pretty.hasPrefix("{\n"))
        let bad = ConfigDiff(config: "{not json", defaults: nil)
        #expect(!bad.isValidJSON)
        #expect(bad.pretty == "{not json")
        #expect(bad.differing.isEmpty)
    }

    @Test("SVG inlining drops the prolog and scripts and prefixes ids and their references")
    func svgInlining() throws {
        let svg = try #require(SVGInliner.inline(Fixture.svg(color: "#000", onload: true), prefix: "f1", label: "A \"quoted\" title"))
        #expect(svg.hasPrefix("<svg role=\"img\" aria-label=\"A &quot;quoted&quot; title\""))
        #expect(svg.hasSuffix("</svg>"))
        #expect(!svg.contains("<?xml"))
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("onload"))
        #expect(svg.contains("id=\"f1-glyph0-1\""))
        #expect(svg.contains("xlink:href=\"#f1-glyph0-1\""))
        #expect(svg.contains("clip-path=\"url(#f1-clip1)\""))
        #expect(SVGInliner.inline("not an svg", prefix: "p", label: "x") == nil)
    }

    @Test("table sanitizer keeps table markup and drops everything else")
    func tableSanitizer() {
        let html = """
            <html><head><style>x{}</style></head><body><h1>T</h1>
            <table class="t" onclick="x()" style="color:red"><tr><th colspan="2" scope="col">a &amp; b</th></tr>
            <tr><td><a href="javascript:x()">link</a><img src=x onerror=y()></td><td>1 < 2</td></tr></table>
            <!-- comment <script> --><script>bad()</script></body></html>
            """
        let clean = TableSanitizer.sanitize(html)
        #expect(clean.contains("<table class=\"t\">"))
        #expect(clean.contains("<th colspan=\"2\" scope=\"col\">a &amp; b</th>"))
        #expect(clean.contains("<td>link</td>"))
        #expect(!clean.contains("<a"))
        #expect(!clean.contains("img"))
        #expect(!clean.contains("bad()"))
        #expect(!clean.contains("x{}"))
        #expect(!clean.contains("onclick"))
        #expect(!clean.contains("style"))
    }

    @Test("CSV reader handles quotes, escaped quotes and CRLF")
    func csv() {
        #expect(CSVTable.parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n3,\n")
            == [["a", "b"], ["x, y", "say \"hi\""], ["3", ""]])
    }

    @Test("formatting is deterministic and readable")
    func formatting() {
        #expect(SiteFormat.number(1520) == "1520")
        #expect(SiteFormat.number(0.30000000000000004) == "0.3")
        #expect(SiteFormat.number(71.05, unit: "%") == "71.05 %")
        #expect(SiteFormat.number(11098.04449, unit: "img/s", decimals: 4) == "11098.0445 img/s")
        #expect(SiteFormat.number(0.98043, unit: nil, decimals: 3) == "0.98043")
        #expect(SiteFormat.number(1520, unit: nil, decimals: 2) == "1520")
        #expect(SiteFormat.number(0.30000000000000004, unit: nil, decimals: 2) == "0.3")
        #expect(SiteFormat.number(-2.6, unit: nil, decimals: 3) == "-2.6")
        #expect(SiteFormat.number(1.5e-7, unit: nil, decimals: 9) == SiteFormat.number(1.5e-7))
        #expect(SiteFormat.delta(-0.15) == "−0.15")
        #expect(SiteFormat.delta(2) == "+2")
        #expect(SiteFormat.date(Date(timeIntervalSince1970: 0)) == "1970-01-01 00:00 UTC")
        #expect(SiteFormat.isoDate(Date(timeIntervalSince1970: 61)) == "1970-01-01T00:01:01Z")
        #expect(SiteFormat.duration(0.5) == "0.50 s")
        #expect(SiteFormat.duration(250) == "4 min 10 s")
        #expect(SiteFormat.duration(3_725) == "1 h 02 min")
        #expect(SiteFormat.bytes(512) == "512 B")
        #expect(SiteFormat.bytes(1_572_864) == "1.5 MiB")
    }

    @Test("released and recomputed variants are paired, released first")
    func pairing() {
        let stems = ["b-recomputed", "a", "b-released", "c-released"]
        let groups = ArtifactGroups(stems.map { SiteArtifact(stem: $0, files: []) }).groups
        #expect(groups.map { $0.map(\.artifact.stem) } == [["b-released", "b-recomputed"], ["a"], ["c-released"]])
    }
}
