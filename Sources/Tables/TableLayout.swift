/// A table's cells as shown (formatted, unescaped) with their highlight flags.
struct TableLayout {
    /// A formatted cell.
    struct ShownCell {
        var text: String
        var isNumeric: Bool
        var isBest: Bool
    }

    /// A group of formatted rows.
    struct Group {
        var title: String?
        var rows: [[ShownCell]]
    }

    var headers: [String]
    var numericColumns: [Bool]
    var groups: [Group]

    /// Formats every cell of a valid table and marks the best values.
    init(_ table: Table) throws(TableError) {
        try table.validate()
        headers = table.columns.map(\.header)
        groups = table.groups.map { group in
            Group(title: group.title, rows: group.rows.map { row in
                zip(row, table.columns).map { cell, column in Self.shown(cell, format: column.format) }
            })
        }
        numericColumns = table.columns.indices.map { column in
            table.rows.contains { $0[column].value != nil }
        }
        for (column, spec) in table.columns.enumerated() {
            guard let highlight = spec.highlight else { continue }
            switch table.highlightScope {
            case .table:
                markBest(column: column, highlight: highlight, in: groups.indices)
            case .group:
                for group in groups.indices { markBest(column: column, highlight: highlight, in: group...group) }
            }
        }
    }

    /// The text of one cell; a mean ± std shows both parts in the column's format.
    private static func shown(_ cell: Cell, format: NumberFormat) -> ShownCell {
        switch cell {
        case let .text(text): return ShownCell(text: text, isNumeric: false, isBest: false)
        case .empty: return ShownCell(text: "", isNumeric: false, isBest: false)
        case let .number(value):
            return ShownCell(text: format.string(value), isNumeric: true, isBest: false)
        case let .numberWithStd(value, std):
            return ShownCell(text: "\(format.string(value)) ± \(format.string(std))", isNumeric: true, isBest: false)
        }
    }

    /// The number a shown numeric cell displays (its mean part), if finite.
    private static func shownValue(_ cell: ShownCell) -> Double? {
        guard cell.isNumeric else { return nil }
        let mean = cell.text.components(separatedBy: " ± ")[0]
        guard let value = NumberFormat.shownValue(mean), value.isFinite else { return nil }
        return value
    }

    /// Marks every cell of `column` in `groupRange` whose shown value is the best one.
    ///
    /// Values are compared as shown (after rounding), so cells that read the
    /// same are highlighted together.
    private mutating func markBest<R: Sequence<Int>>(column: Int, highlight: Column.Highlight, in groupRange: R) {
        let range = Array(groupRange)
        let values = range.flatMap { groups[$0].rows.compactMap { Self.shownValue($0[column]) } }
        guard let best = highlight == .max ? values.max() : values.min() else { return }
        for group in range {
            for row in groups[group].rows.indices where Self.shownValue(groups[group].rows[row][column]) == best {
                groups[group].rows[row][column].isBest = true
            }
        }
    }
}
