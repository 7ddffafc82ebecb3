import Foundation
import GRDB
import Numerics

/// A tabular NAS benchmark kept in SQLite: architectures, per-epoch curves and TFMEM scores.
///
/// Tables: `meta(key, value)`, `architectures(arch, position, widths, depth, parameters)`,
/// `epochs(arch, epoch, valid_auc, train_loss, cumulative_seconds)` and
/// `scores(arch, metric, value, seconds)`; architectures scored but not trained are kept apart
/// (``insertScored(_:)``, ``scoredRecords()``). Each architecture is inserted in one transaction,
/// so a killed build leaves only complete records and continues from ``trainedArchitectures()``.
///
/// ```swift
/// let store = try BenchmarkStore(path: "benchmark-frappe.sqlite")
/// try store.insert(record)
/// let benchmark = try store.benchmark()
/// ```
public final class BenchmarkStore: Sendable {
    /// The database.
    public let database: DatabaseQueue

    /// Opens (creating if needed) the benchmark at `path` for building it.
    public init(path: String) throws {
        database = try DatabaseQueue(path: path)
        try createSchema()
    }

    /// Opens the benchmark at `path` for reading only: no schema is created and nothing is
    /// written, so any number of runs may read one published benchmark at once (each waits up to
    /// a minute for a writer instead of failing), and its bytes, whose digest the cache
    /// recorded, never change.
    public init(readingFrom path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(60)
        database = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// An in-memory benchmark (for tests).
    public init() throws {
        database = try DatabaseQueue()
        try createSchema()
    }

    private func createSchema() throws {
        try database.write { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS architectures (
                    arch TEXT PRIMARY KEY, position INTEGER NOT NULL, widths TEXT NOT NULL,
                    depth INTEGER NOT NULL, parameters INTEGER NOT NULL);
                CREATE TABLE IF NOT EXISTS epochs (
                    arch TEXT NOT NULL, epoch INTEGER NOT NULL, valid_auc REAL, train_loss REAL,
                    cumulative_seconds REAL NOT NULL, PRIMARY KEY (arch, epoch));
                CREATE TABLE IF NOT EXISTS scores (
                    arch TEXT NOT NULL, metric TEXT NOT NULL, value REAL, seconds REAL NOT NULL,
                    PRIMARY KEY (arch, metric));
                """)
            try createScoredSchema(db)
        }
    }

    /// Sets a metadata entry.
    public func setMeta(_ key: String, _ value: String) throws {
        try database.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }

    /// A metadata entry, or nil.
    public func meta(_ key: String) throws -> String? {
        try database.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    /// Stores one architecture's record atomically (replacing an earlier one).
    public func insert(_ record: BenchmarkRecord) throws {
        let arch = record.architecture.description
        try database.write { db in
            try db.execute(sql: "DELETE FROM epochs WHERE arch = ?", arguments: [arch])
            try db.execute(
                sql: "INSERT OR REPLACE INTO architectures (arch, position, widths, depth, parameters) VALUES (?, ?, ?, ?, ?)",
                arguments: [arch, record.position, arch, record.architecture.widths.count, record.parameterCount])
            for e in 0..<record.validationAUC.count {
                try db.execute(
                    sql: "INSERT INTO epochs (arch, epoch, valid_auc, train_loss, cumulative_seconds) VALUES (?, ?, ?, ?, ?)",
                    arguments: [arch, e + 1, Self.storable(record.validationAUC[e]),
                                Self.storable(e < record.trainLoss.count ? record.trainLoss[e] : .nan),
                                e < record.cumulativeSeconds.count ? record.cumulativeSeconds[e] : 0])
            }
            try Self.writeScores(record.scores, of: arch, to: .trained, in: db)
        }
    }

    /// The architectures already stored, as `"128-64-256-32"` ids.
    public func trainedArchitectures() throws -> Set<String> {
        try database.read { db in Set(try String.fetchAll(db, sql: "SELECT arch FROM architectures")) }
    }

    /// The number of stored architectures.
    public func count() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM architectures") ?? 0 }
    }

    /// SQLite turns NaN into NULL; keep ±∞ as is.
    static func storable(_ v: Double) -> Double? { v.isNaN ? nil : v }
}
