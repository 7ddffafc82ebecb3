extension Table {
    /// A GitHub-flavoured Markdown pipe table under the title in bold.
    ///
    /// Numeric columns are right-aligned; best values are bold; a group
    /// title is an italic row with empty cells after it. Markdown's special
    /// characters are backslash-escaped; line breaks in cells become spaces.
    func markdown(_ layout: TableLayout) -> String {
        var lines = [
            "**\(Self.markdownEscaped(title))**",
            "",
            "| " + layout.headers.map(Self.markdownEscaped).joined(separator: " | ") + " |",
            "|" + layout.numericColumns.map { $0 ? " ---: |" : " :--- |" }.joined(),
        ]
        for group in layout.groups {
            if let title = group.title {
                let rest = Array(repeating: " |", count: layout.headers.count - 1).joined()
                lines.append("| *\(Self.markdownEscaped(title))* |" + rest)
            }
            for row in group.rows {
                let cells = row.map { cell -> String in
                    let text = Self.markdownEscaped(cell.text)
                    return cell.isBest && !text.isEmpty ? "**\(text)**" : text
                }
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with ``\ ` * _ | < > [ ] & ~`` backslash-escaped and line breaks replaced by spaces.
    static func markdownEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "|", "<", ">", "[", "]", "&", "~": escaped += "\\\(character)"
            case "\n", "\r", "\r\n": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
