/// Keeps only the table markup of an HTML file, for inlining into a page.
///
/// Tags outside a small allow-list (table structure and inline text styling) are
/// dropped; `script`, `style`, `head` and similar elements are dropped with their
/// content; attributes other than `colspan`, `rowspan`, `scope` and `class` (with
/// plain values) are removed. Text is kept, with stray `<` and `>` escaped.
enum TableSanitizer {
    private static let allowed: Set<String> = [
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col",
        "b", "i", "em", "strong", "sub", "sup", "span", "br", "code", "small",
    ]
    private static let dropWithContent: Set<String> = [
        "script", "style", "head", "title", "iframe", "object", "embed", "template",
        "noscript", "textarea", "svg", "math",
    ]
    private static let keptAttributes: Set<String> = ["colspan", "rowspan", "scope", "class"]

    /// The sanitised markup of `html`.
    static func sanitize(_ html: String) -> String {
        var out = ""
        var skipping: String?
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            if skipping == nil { out += HTMLEscaping.text(String(rest[..<open])).replacingOccurrences(of: "&amp;", with: "&") }
            let afterOpen = rest[rest.index(after: open)...]
            if afterOpen.hasPrefix("!--") {
                guard let close = afterOpen.range(of: "-->") else { return out }
                rest = afterOpen[close.upperBound...]
                continue
            }
            guard let close = afterOpen.firstIndex(of: ">") else {
                if skipping == nil { out += HTMLEscaping.text(String(rest[open...])) }
                return out
            }
            let tag = afterOpen[..<close]
            rest = afterOpen[afterOpen.index(after: close)...]
            let closing = tag.hasPrefix("/")
            let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
            if let skip = skipping {
                if closing, name == skip { skipping = nil }
                continue
            }
            if !closing, dropWithContent.contains(name), !tag.hasSuffix("/") {
                skipping = name
                continue
            }
            guard allowed.contains(name) else { continue }
            out += closing ? "</\(name)>" : "<\(name)\(attributes(of: tag.dropFirst(name.count)))>"
        }
        if skipping == nil { out += HTMLEscaping.text(String(rest)).replacingOccurrences(of: "&amp;", with: "&") }
        return out
    }

    /// The kept attributes of a tag's attribute text, each re-quoted.
    private static func attributes(of text: Substring) -> String {
        var out = ""
        var rest = text
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            let name = String(rest.prefix { $0.isLetter || $0 == "-" }).lowercased()
            guard !name.isEmpty else { return out }
            rest = rest.dropFirst(name.count).drop(while: \.isWhitespace)
            var value = ""
            if rest.first == "=" {
                rest = rest.dropFirst().drop(while: \.isWhitespace)
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    let body = rest.dropFirst()
                    let end = body.firstIndex(of: quote) ?? body.endIndex
                    value = String(body[..<end])
                    rest = end < body.endIndex ? body[body.index(after: end)...] : body[end...]
                } else {
                    value = String(rest.prefix { !$0.isWhitespace })
                    rest = rest.dropFirst(value.count)
                }
            }
            let plain = value.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == " " }
            if keptAttributes.contains(name), plain {
                out += " \(name)=\"\(value)\""
            }
        }
    }
}
