import Diagnostics
import Foundation

/// A value read from one row of a released CSV file with a header line.
///
/// A conforming type names the columns it needs and builds itself from a row; loading,
/// header checks and row-by-row errors (`file, line 3, key 'count': not an integer`) come
/// from the extension, so every CSV loader fails the same way.
///
/// ```swift
/// extension XFLOWRL.ComplexityRow: CSVRecord {
///     public static let columns = ["graph", "xfer_id", "count"]
///     public init(row: CSVTable.Row) throws(LoadError) { ... }
/// }
/// let rows = try XFLOWRL.ComplexityRow.load(from: url)
/// ```
public protocol CSVRecord: Sendable {
    /// The header columns a file must have (it may have more).
    static var columns: [String] { get }

    /// Reads one data row.
    init(row: CSVTable.Row) throws(LoadError)
}

extension CSVRecord {
    /// Loads every row of the CSV file at `url`; errors name the file's last path component.
    public static func load(from url: URL) throws -> [Self] {
        try parse(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses CSV text; `file` names the source in errors.
    public static func parse(_ data: Data, file: String) throws(LoadError) -> [Self] {
        let table = try CSVTable.parse(data, file: file, required: columns)
        var records: [Self] = []
        records.reserveCapacity(table.rows.count)
        for row in table.rows {
            records.append(try Self(row: row))
        }
        return records
    }
}
