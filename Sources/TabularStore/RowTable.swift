import Foundation
import GRDB
import SparseData

/// A libsvm data set stored as an SQLite table, read back by row range or row list.
///
/// Each row is stored as `(row, label, ids, vals)`: `row` the 0-based position, `ids` and
/// `vals` the row's `fields` feature ids (Int32) and values (Float32) packed little-endian.
/// The field count is kept in `tabular_tables`. This is the in-database form TRAILS reads
/// mini-batches from.
///
/// ```swift
/// let db = try DatabaseQueue(path: "data.sqlite")
/// let table = try RowTable.load(libsvm: "valid.libsvm", into: db, name: "frappe_train")
/// let batch = try table.rows(in: 0..<512)   // a LibSVMDataset
/// ```
public struct RowTable: Sendable {
    /// The database holding the table.
    public let database: DatabaseQueue
    /// The table's name.
    public let name: String
    /// Pairs per row.
    public let fields: Int
    /// The number of rows.
    public let count: Int

    /// Opens an existing table.
    public init(database: DatabaseQueue, name: String) throws {
        try Self.checkName(name)
        let info = try database.read { db -> (Int, Int)? in
            guard try db.tableExists("tabular_tables"),
                  let fields = try Int.fetchOne(db, sql: "SELECT fields FROM tabular_tables WHERE name = ?", arguments: [name])
            else { return nil }
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(name)\"") ?? 0
            return (fields, count)
        }
        guard let info else { throw TabularStoreError("table \(name)", "no such row table in \(database.path)") }
        self.database = database
        self.name = name
        self.fields = info.0
        self.count = info.1
    }

    /// Stores `data` as table `name` (replacing any table of that name) and returns it.
    @discardableResult
    public static func store(_ data: LibSVMDataset, into database: DatabaseQueue, name: String) throws -> RowTable {
        try checkName(name)
        try database.write { db in
            try createSchema(db, name: name, fields: data.fields)
            let statement = try db.makeStatement(sql: "INSERT INTO \"\(name)\" (row, label, ids, vals) VALUES (?, ?, ?, ?)")
            for r in 0..<data.count {
                let span = r * data.fields ..< (r + 1) * data.fields
                try statement.execute(arguments: [
                    r, Double(data.labels[r]), PackedColumns.pack(data.featureIDs[span]),
                    PackedColumns.pack(data.featureValues[span]),
                ])
            }
        }
        return try RowTable(database: database, name: name)
    }

    /// Streams a libsvm file (its first `limit` rows, nil: all) into table `name` (replacing it)
    /// without loading the file whole.
    @discardableResult
    public static func load(libsvm path: String, into database: DatabaseQueue, name: String, limit: Int? = nil) throws -> RowTable {
        try checkName(name)
        let reader = try LibSVMReader(path: path)
        try database.write { db in
            var statement: Statement?
            var fields = 0
            var r = 0
            while r < (limit ?? Int.max), let row = try reader.next() {
                if statement == nil {
                    fields = row.featureIDs.count
                    guard fields > 0 else { throw TabularStoreError("\(path):\(reader.lineNumber)", "row has no id:value pairs") }
                    try createSchema(db, name: name, fields: fields)
                    statement = try db.makeStatement(sql: "INSERT INTO \"\(name)\" (row, label, ids, vals) VALUES (?, ?, ?, ?)")
                }
                guard row.featureIDs.count == fields else {
                    throw TabularStoreError("\(path):\(reader.lineNumber)", "expected \(fields) id:value pairs, found \(row.featureIDs.count)")
                }
                try statement?.execute(arguments: [
                    r, Double(row.label), PackedColumns.pack(row.featureIDs[...]), PackedColumns.pack(row.featureValues[...]),
                ])
                r += 1
            }
            guard statement != nil else { throw TabularStoreError(path, "no rows") }
        }
        return try RowTable(database: database, name: name)
    }

    static func checkName(_ name: String) throws {
        guard !name.isEmpty, name.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 95 }),
              name != "tabular_tables" else {
            throw TabularStoreError("table '\(name)'", "names must be non-empty [A-Za-z0-9_] and not tabular_tables")
        }
    }

    static func createSchema(_ db: Database, name: String, fields: Int) throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS tabular_tables (name TEXT PRIMARY KEY, fields INTEGER NOT NULL)")
        try db.execute(sql: "DROP TABLE IF EXISTS \"\(name)\"")
        try db.execute(sql: "CREATE TABLE \"\(name)\" (row INTEGER PRIMARY KEY, label REAL NOT NULL, ids BLOB NOT NULL, vals BLOB NOT NULL)")
        try db.execute(sql: "INSERT OR REPLACE INTO tabular_tables (name, fields) VALUES (?, ?)", arguments: [name, fields])
    }
}
