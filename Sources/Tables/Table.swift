/// A titled table of formatted values, rendered to CSV, LaTeX, HTML and Markdown.
///
/// ```swift
/// var table = Table(title: "Surrogate fit quality", columns: [
///     Column("Target"),
///     Column("MAE", unit: "%", format: .fixed(digits: 3), highlight: .min),
///     Column("Kendall τ", format: .fixed(digits: 3), highlight: .max),
/// ])
/// table.addRow(["accuracy", 0.317, .numberWithStd(0.917, std: 0.004)], group: "Accuracy")
/// try table.write(to: directory.appendingPathComponent("fit"), formats: TableFormat.allCases)
/// ```
///
/// Output is deterministic: the same table renders to the same bytes.
public struct Table: Sendable, Equatable {
    /// A run of rows under an optional group title.
    public struct RowGroup: Sendable, Equatable {
        /// The group's title, shown as a spanning row; nil for an untitled group.
        public var title: String?
        /// The rows, each with one cell per column.
        public var rows: [[Cell]]

        /// Creates a group of rows.
        public init(title: String? = nil, rows: [[Cell]] = []) {
            self.title = title
            self.rows = rows
        }
    }

    /// Where the best value of a highlighted column is looked for.
    public enum HighlightScope: Sendable, Equatable {
        /// One best value (and its ties) over the whole column.
        case table
        /// One best value (and its ties) per row group.
        case group
    }

    /// The title: the caption in LaTeX and HTML, a bold line in Markdown, absent from CSV.
    public var title: String
    /// The columns, left to right.
    public var columns: [Column]
    /// The rows, in groups; a table without grouping has one untitled group.
    public var groups: [RowGroup]
    /// Where best values are looked for; the whole column by default.
    public var highlightScope: HighlightScope
    /// An identifier used as the LaTeX `\label` and the HTML `id`; nil for none.
    public var identifier: String?

    /// Creates a table with no rows.
    public init(
        title: String, columns: [Column], groups: [RowGroup] = [],
        highlightScope: HighlightScope = .table, identifier: String? = nil
    ) {
        self.title = title
        self.columns = columns
        self.groups = groups
        self.highlightScope = highlightScope
        self.identifier = identifier
    }

    /// Appends a row, to the last group if it has the title `group`, else to a new group.
    public mutating func addRow(_ cells: [Cell], group: String? = nil) {
        if let last = groups.indices.last, groups[last].title == group {
            groups[last].rows.append(cells)
        } else {
            groups.append(RowGroup(title: group, rows: [cells]))
        }
    }

    /// All rows, in order, without their groups.
    public var rows: [[Cell]] { groups.flatMap(\.rows) }

    /// Throws unless the table has columns and every row has one cell per column.
    public func validate() throws(TableError) {
        guard !columns.isEmpty else { throw .noColumns(table: title) }
        for (groupIndex, group) in groups.enumerated() {
            for (rowIndex, row) in group.rows.enumerated() where row.count != columns.count {
                throw .rowWidth(
                    table: title, group: groupIndex, row: rowIndex, expected: columns.count, got: row.count)
            }
        }
    }
}
