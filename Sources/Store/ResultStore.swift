import Foundation
import GRDB
import Harness

/// The results database: every run with its provenance, in SQLite.
///
/// Tables: `run` (one row a run: experiment, scale, status, cache key, config,
/// code version, times, peak memory, log), `runInput`, `runArtifact` and
/// `runNumber` (its inputs, outputs and numbers; non-finite numbers kept
/// faithfully), `currentRun` (the run whose outputs are published now, per
/// experiment) and `fileDigest` (remembered input digests by size, modification
/// and change time and inode, so unchanged inputs are not hashed again).
public final class ResultStore: RunStore, Sendable {
    private let queue: DatabaseQueue

    /// Opens (creating if needed) the database at `url`. Several `repro` processes may share
    /// it: a writer waits up to a minute for another one's transaction instead of failing.
    public init(url: URL) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(60)
            queue = try DatabaseQueue(path: url.path, configuration: configuration)
            // Two processes opening a new database at once would both create its tables.
            let lock = try FileLock.acquire(url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).migrate.lock"))
            defer { lock.release() }
            try Self.migrator.migrate(queue)
        } catch {
            throw .cannotOpen(path: url.path, reason: Self.oneLine(error))
        }
    }

    /// A Foundation or SQLite error in a few words: its description, line breaks folded.
    private static func oneLine(_ error: Error) -> String {
        let text = (error as? CocoaError).map { $0.localizedDescription } ?? String(describing: error)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Opens an in-memory database, for tests.
    public init() throws {
        queue = try DatabaseQueue()
        try Self.migrator.migrate(queue)
    }

    public func insert(_ run: RunRecord) throws -> Int64 {
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO run (experiment, scale, status, error, cacheKey, configJSON, defaultConfigJSON,
                      codeCommit, codeDirty, threads, startedAt, endedAt, durationSeconds, peakMemoryBytes,
                      logPath, notesJSON, platform)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    run.experiment, run.scale.rawValue, run.status.rawValue, run.error, run.cacheKey,
                    run.configJSON, run.defaultConfigJSON, run.code.commit, run.code.dirty, run.threads,
                    run.startedAt.timeIntervalSince1970, run.endedAt.timeIntervalSince1970, run.duration,
                    run.peakMemoryBytes, run.logPath, try Self.json(run.notes), run.platform,
                ])
            let id = db.lastInsertedRowID
            for input in run.inputs {
                try db.execute(
                    sql: "INSERT INTO runInput (runId, path, sha256, bytes, source) VALUES (?, ?, ?, ?, ?)",
                    arguments: [id, input.path, input.sha256, input.bytes, input.source])
            }
            for artifact in run.artifacts {
                try db.execute(
                    sql: "INSERT INTO runArtifact (runId, name, kind, path, sha256, bytes) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [id, artifact.name, artifact.kind.rawValue, artifact.path, artifact.sha256, artifact.bytes])
            }
            for (key, value) in run.numbers.sorted(by: { $0.key < $1.key }) {
                try db.execute(
                    sql: "INSERT INTO runNumber (runId, key, value, nonFinite) VALUES (?, ?, ?, ?)",
                    arguments: [id, key, value.isFinite ? value : nil, Self.nonFiniteText(value)])
            }
            return id
        }
    }

    public func successfulRun(cacheKey: String) throws -> RunRecord? {
        try queue.read { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM run WHERE cacheKey = ? AND status = 'ok' ORDER BY id DESC LIMIT 1",
                arguments: [cacheKey])
            return try row.map { try Self.record(from: $0, db: db) }
        }
    }

    public func markCurrent(experiment: String, runID: Int64) throws {
        try queue.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO currentRun (experiment, runId) VALUES (?, ?)",
                arguments: [experiment, runID])
        }
    }

    public func currentRun(experiment: String) throws -> RunRecord? {
        try queue.read { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT run.* FROM run JOIN currentRun ON currentRun.runId = run.id WHERE currentRun.experiment = ?",
                arguments: [experiment])
            return try row.map { try Self.record(from: $0, db: db) }
        }
    }

    public func latestRun(experiment: String) throws -> RunRecord? {
        try queue.read { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM run WHERE experiment = ? ORDER BY id DESC LIMIT 1", arguments: [experiment])
            return try row.map { try Self.record(from: $0, db: db) }
        }
    }

    /// Every run of `experiment`, newest first.
    public func history(experiment: String) throws -> [RunRecord] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM run WHERE experiment = ? ORDER BY id DESC", arguments: [experiment])
                .map { try Self.record(from: $0, db: db) }
        }
    }

    public func knownDigest(path: String, stamp: FileStamp) throws -> String? {
        try queue.read { db in
            try String.fetchOne(
                db, sql: """
                    SELECT sha256 FROM fileDigest WHERE path = ? AND bytes = ? AND modifiedNanoseconds = ?
                      AND inode = ? AND changedNanoseconds = ?
                    """,
                arguments: [path, stamp.bytes, stamp.modifiedNanoseconds, Int64(bitPattern: stamp.inode),
                            stamp.changedNanoseconds])
        }
    }

    public func rememberDigest(path: String, stamp: FileStamp, sha256: String) throws {
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO fileDigest (path, bytes, modifiedNanoseconds, inode, changedNanoseconds, sha256)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [path, stamp.bytes, stamp.modifiedNanoseconds, Int64(bitPattern: stamp.inode),
                            stamp.changedNanoseconds, sha256])
        }
    }
}
