import Diagnostics

/// A table that cannot be rendered or written, on one line.
public enum TableError: ReproError, Equatable {
    /// The table has no columns.
    case noColumns(table: String)
    /// A row has a different number of cells than the table has columns.
    case rowWidth(table: String, group: Int, row: Int, expected: Int, got: Int)
    /// Writing an output file failed.
    case write(path: String, reason: String)

    /// `table "<title>"`, or the file that could not be written.
    public var subject: String {
        switch self {
        case let .noColumns(table), let .rowWidth(table, _, _, _, _): return "table \"\(table)\""
        case let .write(path, _): return path
        }
    }

    public var reason: String {
        switch self {
        case .noColumns:
            return "has no columns"
        case let .rowWidth(_, group, row, expected, got):
            return "group \(group) row \(row) has \(got) cells, expected \(expected)"
        case let .write(_, reason):
            return "cannot write table: \(reason)"
        }
    }
}
