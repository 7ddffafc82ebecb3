import Foundation
import Testing
@testable import Site

/// Each known bypass of a regex-based SVG sanitizer, fed to the parser-based one.
@Suite("Safe SVG")
struct SVGSafetyTests {
    private func inline(_ body: String, root: String = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">") -> String? {
        SVGInliner.inline(root + body + "</svg>", prefix: "p", label: "x")
    }

    @Test("an unquoted event handler is not inlined")
    func unquotedHandler() {
        #expect(inline("<rect width=\"1\" height=\"1\"/>", root: "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=alert(1)>") == nil)
        #expect(inline("<g onclick=alert(1)><rect/></g>") == nil)
    }

    @Test("<svg/onload=…> is not inlined")
    func slashHandler() {
        #expect(SVGInliner.inline("<svg/onload=alert(1)>", prefix: "p", label: "x") == nil)
        #expect(SVGInliner.inline("<svg/onload=alert(1)></svg>", prefix: "p", label: "x") == nil)
    }

    @Test("a quoted handler is dropped from a well-formed file")
    func quotedHandler() throws {
        let svg = try #require(inline("<rect width=\"1\" height=\"1\" onmouseover=\"alert(1)\" ONLOAD='alert(2)'/>"))
        #expect(!svg.lowercased().contains("alert"))
        #expect(svg.contains("<rect height=\"1\" width=\"1\"/>"))
    }

    @Test("nested <scr<script>ipt> is not inlined, and a well-formed script is dropped with its text")
    func nestedScript() throws {
        #expect(inline("<scr<script>ipt>alert(1)</scr</script>ipt>") == nil)
        let svg = try #require(inline("<g><script>alert(1)</script><rect/></g><script type=\"text/javascript\"><![CDATA[alert(2)]]></script>"))
        #expect(!svg.contains("alert"))
        #expect(!svg.contains("script"))
        #expect(svg.contains("<g><rect/></g>"))
    }

    @Test("entity-encoded javascript: links are decoded by the parser and dropped")
    func encodedJavascript() throws {
        let svg = try #require(inline("""
            <use xlink:href="&#106;avascript:alert(1)"/><use href="java&#x09;script:alert(2)"/>\
            <use xlink:href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(3)"/>\
            <a xlink:href="javascript:alert(4)"><rect/></a><use xlink:href="#ok"/>
            """))
        #expect(!svg.lowercased().contains("javascript"))
        #expect(!svg.contains("alert"))
        #expect(svg.contains("<use xlink:href=\"#p-ok\"/>"))
        #expect(!svg.contains("<a"))
    }

    @Test("<animate>/<set> that write javascript: into an attribute are dropped")
    func animate() throws {
        let svg = try #require(inline("""
            <a><animate attributeName="href" to="javascript:alert(1)"/></a>\
            <rect><set attributeName="onclick" to="alert(2)"/><animate attributeName="x" values="javascript:alert(3)"/></rect>
            """))
        #expect(!svg.contains("animate"))
        #expect(!svg.contains("<set"))
        #expect(!svg.contains("alert"))
        #expect(svg.contains("<rect/>"))
    }

    @Test("foreignObject, external references, script URLs in styles and DTD entities are refused")
    func otherVectors() throws {
        let svg = try #require(inline("""
            <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi<img src="x" onerror="alert(1)"/></div></foreignObject>\
            <image xlink:href="https://evil.example/x.png"/><image xlink:href="data:image/png;base64,AAAA"/>\
            <path style="fill:url(javascript:alert(2));stroke:none;" d="M 0 0"/>\
            <rect style="fill:url(#g);stroke:url(https://evil.example/#a)" fill="url(http://evil.example/#b)"/>
            """))
        #expect(!svg.contains("foreignObject") && !svg.contains("onerror") && !svg.contains("alert"))
        #expect(!svg.contains("evil.example"))
        #expect(svg.contains("<image xlink:href=\"data:image/png;base64,AAAA\"/>"))
        #expect(svg.contains("<path d=\"M 0 0\" style=\"stroke:none;\"/>"))
        #expect(svg.contains("<rect style=\"fill:url(#p-g);\"/>"))
        let entity = """
            <?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "javascript:alert(1)">]>\
            <svg xmlns="http://www.w3.org/2000/svg"><use href="&x;"/></svg>
            """
        #expect(SVGInliner.inline(entity, prefix: "p", label: "x") == nil)
        #expect(SVGInliner.inline("<html><body>hi</body></html>", prefix: "p", label: "x") == nil)
    }

    @Test("Cairo's own output survives: glyph symbols, clip paths, styles, gradients")
    func cairoOutput() throws {
        let cairo = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="360pt" height="240pt" viewBox="0 0 360 240" version="1.1">
            <defs>
            <g>
            <symbol overflow="visible" id="glyph0-1">
            <path style="stroke:none;" d="M 1.5 0 L 1.5 -7 Z "/>
            </symbol>
            </g>
            <clipPath id="clip1">
              <path d="M 40 20 L 340 20 L 340 200 L 40 200 Z "/>
            </clipPath>
            <linearGradient id="linear0" gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="1" y2="1">
            <stop offset="0" style="stop-color:rgb(100%,0%,0%);stop-opacity:1;"/>
            </linearGradient>
            </defs>
            <g id="surface1">
            <rect x="0" y="0" width="360" height="240" style="fill:rgb(100%,100%,100%);fill-opacity:1;stroke:none;"/>
            <g clip-path="url(#clip1)" clip-rule="nonzero">
            <path style="fill:none;stroke-width:1.5;stroke-linecap:butt;stroke-linejoin:round;stroke:rgb(12%,37%,75%);stroke-opacity:1;stroke-miterlimit:10;" d="M 40 200 L 340 20 " transform="matrix(1,0,0,1,0,0)"/>
            </g>
            <g style="fill:rgb(0%,0%,0%);fill-opacity:1;">
              <use xlink:href="#glyph0-1" x="30" y="230"/>
            </g>
            </g>
            </svg>
            """
        let svg = try #require(SVGInliner.inline(cairo, prefix: "f", label: "A figure"))
        #expect(svg.hasPrefix("<svg role=\"img\" aria-label=\"A figure\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("<symbol id=\"f-glyph0-1\" overflow=\"visible\">"))
        #expect(svg.contains("<g clip-path=\"url(#f-clip1)\" clip-rule=\"nonzero\">"))
        #expect(svg.contains("<use x=\"30\" xlink:href=\"#f-glyph0-1\" y=\"230\"/>"))
        #expect(svg.contains("stroke:rgb(12%,37%,75%);"))
        #expect(svg.contains("transform=\"matrix(1,0,0,1,0,0)\""))
        #expect(svg.contains("<stop offset=\"0\" style=\"stop-color:rgb(100%,0%,0%);stop-opacity:1;\"/>"))
        #expect(svg.hasSuffix("</svg>"))
    }

    @Test("an SVG that does not parse is shown as an image on the page, never inlined")
    func fallbackToImage() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let bad = fixture.folder.appendingPathComponent("results/accuracy-vs-throughput.svg")
        try Data("<svg/onload=alert(1)><rect></svg>".utf8).write(to: bad)
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        let html = SiteInspection(root: site).text("experiments/accel-nasbench/figure3.html")
        #expect(!html.contains("<svg"))
        #expect(!html.contains("onload"))
        #expect(html.contains("<img src=\"../../files/accel-nasbench/figure3/accuracy-vs-throughput.png\""))
    }
}
