extension Table {
    /// An HTML `<table class="repro-table">` fragment with a caption, a
    /// `<thead>` and one `<tbody>` per row group.
    ///
    /// Cells carry `class="num"` or `class="text"`; best values add `best`
    /// (`class="num best"`); group titles are `<tr class="group">` rows.
    func html(_ layout: TableLayout) -> String {
        let width = layout.headers.count
        let kind = layout.numericColumns.map { $0 ? "num" : "text" }
        let id = identifier.map { " id=\"\(Self.htmlEscaped($0))\"" } ?? ""
        var lines = [
            "<table class=\"repro-table\"\(id)>",
            "  <caption>\(Self.htmlEscaped(title))</caption>",
            "  <thead>",
            "    <tr>" + zip(layout.headers, kind).map { "<th class=\"\($1)\">\(Self.htmlEscaped($0))</th>" }.joined()
                + "</tr>",
            "  </thead>",
        ]
        for group in layout.groups.isEmpty ? [TableLayout.Group(title: nil, rows: [])] : layout.groups {
            lines.append("  <tbody>")
            if let title = group.title {
                lines.append("    <tr class=\"group\"><th colspan=\"\(width)\">\(Self.htmlEscaped(title))</th></tr>")
            }
            for row in group.rows {
                let cells = zip(row, kind).map { cell, kind in
                    "<td class=\"\(kind)\(cell.isBest ? " best" : "")\">\(Self.htmlEscaped(cell.text))</td>"
                }
                lines.append("    <tr>" + cells.joined() + "</tr>")
            }
            lines.append("  </tbody>")
        }
        lines.append("</table>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with `& < > " '` replaced by character references.
    static func htmlEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
