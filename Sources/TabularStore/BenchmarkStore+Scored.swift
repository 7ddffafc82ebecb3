import Foundation
import GRDB
import Numerics

extension BenchmarkStore {
    /// Creates the tables of architectures scored at initialisation but not trained (a
    /// cluster-scale build scores the whole space beside the trained sample):
    /// `scored(arch, position, parameters)` and `scored_values(arch, metric, value, seconds)`.
    func createScoredSchema(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS scored (
                arch TEXT PRIMARY KEY, position INTEGER NOT NULL, parameters INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS scored_values (
                arch TEXT NOT NULL, metric TEXT NOT NULL, value REAL, seconds REAL NOT NULL,
                PRIMARY KEY (arch, metric));
            """)
    }

    /// Stores the scores of one untrained architecture atomically (replacing earlier ones).
    public func insertScored(_ record: BenchmarkRecord) throws {
        let arch = record.architecture.description
        try database.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO scored (arch, position, parameters) VALUES (?, ?, ?)",
                           arguments: [arch, record.position, record.parameterCount])
            try Self.writeScores(record.scores, of: arch, to: .scoredOnly, in: db)
        }
    }

    /// The untrained architectures already scored, as `"128-64-256-32"` ids.
    public func scoredArchitectures() throws -> Set<String> {
        try database.read { db in Set(try String.fetchAll(db, sql: "SELECT arch FROM scored")) }
    }

    /// Every untrained scored architecture, in score-list order, as records with no learning curve.
    public func scoredRecords() throws -> [BenchmarkRecord] {
        try database.read { db in
            let scores = try readScores(from: .scoredOnly, in: db)
            return try Row.fetchAll(db, sql: "SELECT arch, position, parameters FROM scored ORDER BY position, arch").map { row in
                let arch: String = row[0]
                let architecture: MLPArchitecture
                do { architecture = try MLPArchitecture(arch) } catch {
                    throw TabularStoreError("\(database.path) scored[\(arch)]", "\(error)")
                }
                return BenchmarkRecord(architecture: architecture, position: row[1], parameterCount: row[2],
                                       validationAUC: [], trainLoss: [], cumulativeSeconds: [], scores: scores[arch] ?? [])
            }
        }
    }
}
