/// An output format of a ``Table``.
public enum TableFormat: String, Sendable, CaseIterable {
    /// Comma-separated values (RFC 4180).
    case csv
    /// A LaTeX `table` with a booktabs `tabular`.
    case latex
    /// An HTML `<table>` fragment.
    case html
    /// A GitHub-flavoured Markdown pipe table.
    case markdown

    /// The file extension written for this format, without the dot.
    public var fileExtension: String {
        switch self {
        case .csv: return "csv"
        case .latex: return "tex"
        case .html: return "html"
        case .markdown: return "md"
        }
    }
}

extension Table {
    /// The table rendered in `format`; throws if ``validate()`` fails.
    public func render(_ format: TableFormat) throws(TableError) -> String {
        let layout = try TableLayout(self)
        switch format {
        case .csv: return csv(layout)
        case .latex: return latex(layout)
        case .html: return html(layout)
        case .markdown: return markdown(layout)
        }
    }
}
