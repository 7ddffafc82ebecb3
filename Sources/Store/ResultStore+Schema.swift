import Foundation
import GRDB
import Harness

extension ResultStore {
    /// The schema, versioned by migrations.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("experiment", .text).notNull().indexed()
                t.column("scale", .text).notNull()
                t.column("status", .text).notNull()
                t.column("error", .text)
                t.column("cacheKey", .text).notNull().indexed()
                t.column("configJSON", .text).notNull()
                t.column("defaultConfigJSON", .text).notNull()
                t.column("codeCommit", .text).notNull()
                t.column("codeDirty", .boolean).notNull()
                t.column("threads", .integer).notNull()
                t.column("startedAt", .double).notNull()
                t.column("endedAt", .double).notNull()
                t.column("durationSeconds", .double).notNull()
                t.column("peakMemoryBytes", .integer).notNull()
                t.column("logPath", .text).notNull()
                t.column("notesJSON", .text).notNull()
            }
            try db.create(table: "runInput") { t in
                t.belongsTo("run", onDelete: .cascade).notNull()
                t.column("path", .text).notNull()
                t.column("sha256", .text).notNull()
                t.column("bytes", .integer).notNull()
                t.column("source", .text).notNull()
            }
            try db.create(table: "runArtifact") { t in
                t.belongsTo("run", onDelete: .cascade).notNull()
                t.column("name", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("path", .text).notNull()
                t.column("sha256", .text).notNull()
                t.column("bytes", .integer).notNull()
            }
            try db.create(table: "runNumber") { t in
                t.belongsTo("run", onDelete: .cascade).notNull()
                t.column("key", .text).notNull()
                t.column("value", .double)
            }
            try db.create(table: "currentRun") { t in
                t.primaryKey("experiment", .text)
                t.belongsTo("run", onDelete: .cascade).notNull()
            }
            try db.create(table: "fileDigest") { t in
                t.primaryKey("path", .text)
                t.column("bytes", .integer).notNull()
                t.column("modified", .double).notNull()
                t.column("sha256", .text).notNull()
            }
        }
        migrator.registerMigration("v2") { db in
            // Provenance of the toolchain and system libraries.
            try db.alter(table: "run") { t in
                t.add(column: "platform", .text).notNull().defaults(to: "")
            }
            // ±infinity are stored as such; NaN has no REAL value in SQLite, so it is NULL
            // with `nonFinite` saying which (rows from v1 with NULL read as NaN).
            try db.alter(table: "runNumber") { t in
                t.add(column: "nonFinite", .text)
            }
            // Digests are remembered by size, both times and inode; the old table is only a cache.
            try db.drop(table: "fileDigest")
            try db.create(table: "fileDigest") { t in
                t.primaryKey("path", .text)
                t.column("bytes", .integer).notNull()
                t.column("modifiedNanoseconds", .integer).notNull()
                t.column("inode", .integer).notNull()
                t.column("changedNanoseconds", .integer).notNull()
                t.column("sha256", .text).notNull()
            }
        }
        return migrator
    }

    /// Rebuilds a run record from its row and its child rows.
    static func record(from row: Row, db: Database) throws -> RunRecord {
        let id: Int64 = row["id"]
        let inputs = try Row.fetchAll(db, sql: "SELECT * FROM runInput WHERE runId = ? ORDER BY path", arguments: [id])
            .map { InputRecord(path: $0["path"], sha256: $0["sha256"], bytes: $0["bytes"], source: $0["source"]) }
        let artifacts = try Row.fetchAll(db, sql: "SELECT * FROM runArtifact WHERE runId = ? ORDER BY name", arguments: [id])
            .map {
                ArtifactRecord(
                    name: $0["name"], kind: ArtifactRecord.Kind(rawValue: $0["kind"]) ?? .data, path: $0["path"],
                    sha256: $0["sha256"], bytes: $0["bytes"])
            }
        var numbers: [String: Double] = [:]
        for number in try Row.fetchAll(db, sql: "SELECT key, value, nonFinite FROM runNumber WHERE runId = ?", arguments: [id]) {
            let value: Double? = number["value"]
            let nonFinite: String? = number["nonFinite"]
            numbers[number["key"]] = value ?? nonFinite.flatMap(nonFiniteValue) ?? .nan
        }
        let notesJSON: String = row["notesJSON"]
        let notes = (try? JSONDecoder().decode([String].self, from: Data(notesJSON.utf8))) ?? []
        return RunRecord(
            id: id, experiment: row["experiment"], scale: Scale(rawValue: row["scale"]) ?? .smoke,
            status: RunRecord.Status(rawValue: row["status"]) ?? .failed, error: row["error"],
            cacheKey: row["cacheKey"], configJSON: row["configJSON"], defaultConfigJSON: row["defaultConfigJSON"],
            code: CodeVersion(commit: row["codeCommit"], dirty: row["codeDirty"]), threads: row["threads"],
            startedAt: Date(timeIntervalSince1970: row["startedAt"]), endedAt: Date(timeIntervalSince1970: row["endedAt"]),
            peakMemoryBytes: row["peakMemoryBytes"], logPath: row["logPath"], inputs: inputs, artifacts: artifacts,
            numbers: numbers, notes: notes, platform: row["platform"])
    }

    /// How a non-finite number is written in `runNumber.nonFinite`, nil for a finite one.
    static func nonFiniteText(_ value: Double) -> String? {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        return nil
    }

    /// The value of a `runNumber.nonFinite` text.
    static func nonFiniteValue(_ text: String) -> Double? {
        switch text {
        case "nan": return .nan
        case "inf": return .infinity
        case "-inf": return -.infinity
        default: return nil
        }
    }

    static func json(_ strings: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(strings), as: UTF8.self)
    }
}
