import Diagnostics
import Foundation

/// A parsed CSV file: a header and rows of fields with their line numbers.
///
/// Fields are split on commas (no quoting: none of the released CSVs quote) and
/// trimmed of spaces; every row must have as many fields as the header.
public struct CSVTable: Sendable {
    /// One data row.
    public struct Row: Sendable {
        /// The file named in errors.
        public let file: String
        /// The 1-based line of the row.
        public let line: Int
        /// The fields by column name.
        public let fields: [String: String]

        /// The text of `column`; an empty field is an error.
        public func text(_ column: String) throws(LoadError) -> String {
            guard let value = fields[column] else {
                throw LoadError(file: file, line: line, key: column, reason: "missing column")
            }
            if value.isEmpty {
                throw LoadError(file: file, line: line, key: column, reason: "missing value")
            }
            return value
        }

        /// The finite number in `column` (NaN and infinity are rejected).
        public func double(_ column: String) throws(LoadError) -> Double {
            try LoadError.finiteNumber(text(column), file: file, line: line, key: column)
        }

        /// The number in `column`, or nil when the field is empty.
        public func optionalDouble(_ column: String) throws(LoadError) -> Double? {
            if fields[column]?.isEmpty == true { return nil }
            return try double(column)
        }

        /// The integer in `column`.
        public func int(_ column: String) throws(LoadError) -> Int {
            let value = try text(column)
            guard let number = Int(value) else {
                throw LoadError(file: file, line: line, key: column, reason: "not an integer: '\(value)'")
            }
            return number
        }
    }

    /// The column names, in file order.
    public let header: [String]
    /// The data rows, in file order.
    public let rows: [Row]

    /// Parses CSV text whose header must contain `required` columns.
    public static func parse(_ data: Data, file: String, required: [String]) throws(LoadError) -> CSVTable {
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first else { throw LoadError(file: file, line: 1, reason: "empty file") }
        let header = split(first)
        for column in required where !header.contains(column) {
            throw LoadError(file: file, line: 1, key: column, reason: "missing column in header")
        }
        var rows: [Row] = []
        for (index, line) in lines.enumerated().dropFirst() {
            let fields = split(line)
            guard fields.count == header.count else {
                throw LoadError(
                    file: file, line: index + 1,
                    reason: "expected \(header.count) fields, found \(fields.count) (truncated line?)")
            }
            rows.append(Row(file: file, line: index + 1, fields: Dictionary(zip(header, fields)) { first, _ in first }))
        }
        if rows.isEmpty { throw LoadError(file: file, line: lines.count + 1, reason: "no rows after the header") }
        return CSVTable(header: header, rows: rows)
    }

    private static func split(_ line: String) -> [String] {
        line.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }
}
