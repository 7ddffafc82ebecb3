/// A table that cannot be rendered or written.
public enum TableError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The table has no columns.
    case noColumns(table: String)
    /// A row has a different number of cells than the table has columns.
    case rowWidth(table: String, group: Int, row: Int, expected: Int, got: Int)
    /// Writing an output file failed.
    case write(path: String, reason: String)

    public var description: String {
        switch self {
        case let .noColumns(table):
            return "table \"\(table)\": has no columns"
        case let .rowWidth(table, group, row, expected, got):
            return "table \"\(table)\": group \(group) row \(row) has \(got) cells, expected \(expected)"
        case let .write(path, reason):
            return "\(path): cannot write table: \(reason)"
        }
    }
}
