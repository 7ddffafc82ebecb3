import GRDB
import Numerics

extension BenchmarkStore {
    /// The tables holding TFMEM scores: those of trained architectures and those scored only.
    enum ScoreTable: String {
        case trained = "scores"
        case scoredOnly = "scored_values"
    }

    /// Replaces the score rows of `arch` in `table` with `scores`.
    static func writeScores(_ scores: [BenchmarkRecord.MetricScore], of arch: String, to table: ScoreTable,
                            in db: Database) throws {
        try db.execute(sql: "DELETE FROM \(table.rawValue) WHERE arch = ?", arguments: [arch])
        for s in scores {
            try db.execute(sql: "INSERT INTO \(table.rawValue) (arch, metric, value, seconds) VALUES (?, ?, ?, ?)",
                           arguments: [arch, s.metric.rawValue, storable(s.value), s.seconds])
        }
    }

    /// Every score row of `table` in the order stored, by architecture id (NULL values read as NaN); an unknown
    /// metric name is an error naming the database, the table and the architecture.
    func readScores(from table: ScoreTable, in db: Database) throws -> [String: [BenchmarkRecord.MetricScore]] {
        var scores: [String: [BenchmarkRecord.MetricScore]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT arch, metric, value, seconds FROM \(table.rawValue) ORDER BY rowid") {
            let arch: String = row[0]
            let name: String = row[1]
            guard let metric = TFMEM(rawValue: name) else {
                throw TabularStoreError("\(database.path) \(table.rawValue)[\(arch)]", "unknown metric '\(name)'")
            }
            let value: Double? = row[2]
            scores[arch, default: []].append(.init(metric: metric, value: value ?? .nan, seconds: row[3]))
        }
        return scores
    }
}
