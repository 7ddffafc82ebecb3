import Foundation

/// Makes an SVG file safe and self-contained for inlining into an HTML page.
///
/// Drops the XML prolog, scripts, `foreignObject` and event-handler attributes, and
/// prefixes every `id` (and the references to it) so that several SVGs on one page,
/// such as Cairo output that always names its glyphs `glyph0-1`, do not clash.
enum SVGInliner {
    /// The sanitised `<svg>` element of `source` with ids prefixed by `prefix`, labelled
    /// `label` for screen readers; nil when `source` holds no `<svg>` element.
    static func inline(_ source: String, prefix: String, label: String) -> String? {
        guard let start = source.range(of: "<svg"),
              let end = source.range(of: "</svg>", options: .backwards),
              start.lowerBound < end.lowerBound
        else { return nil }
        var svg = String(source[start.lowerBound..<end.upperBound])
        svg = replace(#"<script\b[\s\S]*?</script\s*>"#, in: svg, with: "")
        svg = replace(#"<foreignObject\b[\s\S]*?</foreignObject\s*>"#, in: svg, with: "")
        svg = replace(#"\s+on[A-Za-z]+\s*=\s*("[^"]*"|'[^']*')"#, in: svg, with: "")
        svg = replace(#"((?:xlink:)?href\s*=\s*["'])\s*javascript:[^"']*"#, in: svg, with: "$1#")
        let p = NSRegularExpression.escapedTemplate(for: prefix)
        svg = replace(#"(\sid\s*=\s*")([^"]+")"#, in: svg, with: "$1\(p)-$2")
        svg = replace(#"(href\s*=\s*")#([^"]+")"#, in: svg, with: "$1#\(p)-$2")
        svg = replace(#"url\(\s*#([^)\s]+)\s*\)"#, in: svg, with: "url(#\(p)-$1)")
        let attributes = " role=\"img\" aria-label=\"\(HTMLEscaping.attribute(label))\" focusable=\"false\""
        svg.replaceSubrange(svg.startIndex..<svg.index(svg.startIndex, offsetBy: 4), with: "<svg" + attributes)
        return svg
    }

    private static func replace(_ pattern: String, in text: String, with template: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
            return text
        }
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.stringByReplacingMatches(in: text, range: range, withTemplate: template)
    }
}
