extension Table {
    /// CSV as RFC 4180 writes it: CRLF line ends; a field holding a comma,
    /// double quote, CR or LF is quoted, with inner quotes doubled.
    ///
    /// The first line holds the headers. If any group has a title, a leading
    /// `Group` column carries it on each row. Cells hold the shown text
    /// (formatted numbers); highlighting is not represented; the title is omitted.
    func csv(_ layout: TableLayout) -> String {
        let grouped = layout.groups.contains { $0.title != nil }
        var lines: [[String]] = [(grouped ? ["Group"] : []) + layout.headers]
        for group in layout.groups {
            for row in group.rows {
                lines.append((grouped ? [group.title ?? ""] : []) + row.map(\.text))
            }
        }
        return lines.map { $0.map(Self.csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted if RFC 4180 requires it.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" })
        else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
