import Plot

/// Escaping of untrusted text for HTML.
///
/// Plot escapes text nodes but leaves existing entities such as `&lt;` alone and does
/// not escape attribute values, so every string from configs, logs and data goes
/// through these functions instead.
enum HTMLEscaping {
    /// Escapes `&`, `<` and `>` for use as element content.
    static func text(_ string: String) -> String {
        escaped(string, quotes: false)
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` for use inside a double-quoted attribute value.
    static func attribute(_ string: String) -> String {
        escaped(string, quotes: true)
    }

    private static func escaped(_ string: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension Node {
    /// A text node whose content is fully escaped.
    static func safe(_ text: String) -> Node {
        .raw(HTMLEscaping.text(text))
    }

    /// An attribute whose value is fully escaped.
    static func attr(_ name: String, _ value: String) -> Node {
        .attribute(named: name, value: HTMLEscaping.attribute(value), ignoreIfValueIsEmpty: false)
    }
}
