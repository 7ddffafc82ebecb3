import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Makes an SVG file safe and self-contained for inlining into an HTML page.
///
/// The file is parsed as XML and re-serialized through an allow-list of the elements and
/// attributes Cairo's SVG surface emits; anything else is dropped with its content (scripts,
/// `foreignObject`, animations, event handlers, styles with external `url()`s). Links may
/// only point inside the document (`#id`) or, for `<image>`, to an embedded PNG or JPEG.
/// A file that is not well-formed XML, or that declares a DTD or entities, is not inlined
/// at all (the page shows it as an image instead, where no script runs).
///
/// Every `id` (and each reference to it) gets a prefix, so that several SVGs on one page,
/// such as Cairo output that always names its glyphs `glyph0-1`, do not clash.
enum SVGInliner {
    /// The sanitised `<svg>` element of `source` with ids prefixed by `prefix`, labelled
    /// `label` for screen readers; nil when `source` is not a well-formed SVG document.
    static func inline(_ source: String, prefix: String, label: String) -> String? {
        let lowered = source.lowercased()
        guard !lowered.contains("<!doctype"), !lowered.contains("<!entity") else { return nil }
        let serializer = SVGSerializer(prefix: prefix, label: label)
        let parser = XMLParser(data: Data(source.utf8))
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = serializer
        guard parser.parse(), !serializer.failed, serializer.sawRoot else { return nil }
        return serializer.output
    }
}

/// The allow-list: elements and attributes of Cairo's SVG output.
enum SVGAllowList {
    /// Elements kept; any other element is dropped with everything inside it.
    static let elements: Set<String> = [
        "svg", "g", "defs", "symbol", "use", "path", "rect", "circle", "ellipse", "line",
        "polyline", "polygon", "clipPath", "mask", "pattern", "image", "linearGradient",
        "radialGradient", "stop", "filter", "feColorMatrix", "title", "desc",
    ]
    /// Presentation and geometry attributes kept (values checked by ``safeValue(_:)``).
    static let attributes: Set<String> = [
        "id", "x", "y", "width", "height", "viewBox", "version", "d", "transform",
        "fill", "fill-rule", "fill-opacity", "stroke", "stroke-width", "stroke-linecap",
        "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
        "stroke-opacity", "opacity", "clip-path", "clip-rule", "mask", "filter", "overflow",
        "style", "cx", "cy", "r", "rx", "ry", "fx", "fy", "x1", "y1", "x2", "y2", "points",
        "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform",
        "spreadMethod", "patternUnits", "patternContentUnits", "patternTransform",
        "maskUnits", "maskContentUnits", "filterUnits", "clipPathUnits",
        "preserveAspectRatio", "type", "in", "values", "color-interpolation-filters",
        "comp-op", "clip-to-self", "xlink:href", "href",
    ]
    /// CSS properties kept inside `style`.
    static let styleProperties: Set<String> = [
        "fill", "fill-rule", "fill-opacity", "stroke", "stroke-width", "stroke-linecap",
        "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
        "stroke-opacity", "opacity", "stop-color", "stop-opacity", "clip-rule", "mask",
        "clip-path", "filter", "color-interpolation-filters", "mix-blend-mode", "display",
        "visibility",
    ]

    /// `value` with whitespace and control characters removed and lowercased, which is
    /// how a browser may read a URL scheme.
    static func squeezed(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.filter {
            !CharacterSet.whitespacesAndNewlines.contains($0) && !CharacterSet.controlCharacters.contains($0)
        })).lowercased()
    }

    /// Whether a non-link attribute value is safe: no script scheme, and `url()` only to
    /// a fragment of the document.
    static func safeValue(_ value: String) -> Bool {
        let squeezed = squeezed(value)
        if squeezed.contains("javascript:") || squeezed.contains("vbscript:") || squeezed.contains("expression(") {
            return false
        }
        var rest = Substring(squeezed)
        while let range = rest.range(of: "url(") {
            let after = rest[range.upperBound...]
            guard after.hasPrefix("#") || after.hasPrefix("'#") || after.hasPrefix("\"#") else { return false }
            rest = after
        }
        return !squeezed.contains("\\") && !squeezed.contains("@import") && !squeezed.contains("<")
    }

    /// Whether a link is allowed on `element`: a fragment, or an embedded PNG/JPEG on `<image>`.
    static func safeLink(_ value: String, element: String) -> Bool {
        let squeezed = squeezed(value)
        if squeezed.hasPrefix("#") { return safeValue(value) }
        return element == "image"
            && (squeezed.hasPrefix("data:image/png;base64,") || squeezed.hasPrefix("data:image/jpeg;base64,"))
    }

    /// The declarations of a `style` value whose property is allowed and value safe,
    /// re-joined; nil when none is left.
    static func safeStyle(_ style: String) -> String? {
        var kept: [String] = []
        for declaration in style.split(separator: ";") {
            guard let colon = declaration.firstIndex(of: ":") else { continue }
            let property = declaration[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = declaration[declaration.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard styleProperties.contains(property), safeValue(value) else { continue }
            kept.append("\(property):\(value)")
        }
        return kept.isEmpty ? nil : kept.joined(separator: ";") + ";"
    }
}

/// Re-serializes the allowed part of an SVG document while it is parsed.
private final class SVGSerializer: NSObject, XMLParserDelegate {
    let prefix: String
    let label: String
    private(set) var output = ""
    private(set) var failed = false
    private(set) var sawRoot = false
    /// Open kept elements: name and whether anything was written inside.
    private var open: [(name: String, hasContent: Bool)] = []
    /// Depth inside a dropped element (0: not dropping).
    private var dropping = 0
    /// Whether the root `<svg>` has been closed.
    private var done = false

    init(prefix: String, label: String) {
        self.prefix = prefix
        self.label = label
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if done { return }
        if dropping > 0 { dropping += 1; return }
        if !sawRoot {
            guard name == "svg" else { failed = true; parser.abortParsing(); return }
            sawRoot = true
        }
        guard SVGAllowList.elements.contains(name) else { dropping = 1; return }
        markContent()
        var text = "<\(name)"
        if open.isEmpty {
            text += " role=\"img\" aria-label=\"\(HTMLEscaping.attribute(label))\" focusable=\"false\""
            text += " xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        }
        for key in attributes.keys.sorted() {
            guard let value = attributes[key], let kept = keep(key, value, element: name) else { continue }
            text += " \(key)=\"\(HTMLEscaping.attribute(kept))\""
        }
        output += text
        open.append((name, false))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if done { return }
        if dropping > 0 { dropping -= 1; return }
        guard let last = open.popLast() else { return }
        output += last.hasContent ? "</\(last.name)>" : "/>"
        if open.isEmpty { done = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !done, dropping == 0, let current = open.last else { return }
        let isBlank = string.allSatisfy(\.isWhitespace)
        guard isBlank || current.name == "title" || current.name == "desc" else { return }
        markContent()
        output += HTMLEscaping.text(string)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        failed = true
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        failed = true
        parser.abortParsing()
    }

    /// Marks the innermost open element as having content, closing its start tag.
    private func markContent() {
        guard let last = open.last, !last.hasContent else { return }
        output += ">"
        open[open.count - 1].hasContent = true
    }

    /// The value to write for attribute `key`, with ids and references prefixed; nil to drop it.
    private func keep(_ key: String, _ value: String, element: String) -> String? {
        guard SVGAllowList.attributes.contains(key) else { return nil }
        switch key {
        case "id":
            return SVGAllowList.safeValue(value) ? "\(prefix)-\(value)" : nil
        case "href", "xlink:href":
            guard SVGAllowList.safeLink(value, element: element) else { return nil }
            return value.hasPrefix("#") ? "#\(prefix)-\(value.dropFirst())" : value
        case "style":
            return SVGAllowList.safeStyle(value).map(prefixURLs)
        default:
            return SVGAllowList.safeValue(value) ? prefixURLs(value) : nil
        }
    }

    /// `url(#x)` rewritten to `url(#<prefix>-x)`.
    private func prefixURLs(_ value: String) -> String {
        value.replacingOccurrences(of: "url(#", with: "url(#\(prefix)-")
    }
}
