import Foundation
import GRDB
import Numerics

extension BenchmarkStore {
    /// Every stored record, in sample order (then by id).
    public func records() throws -> [BenchmarkRecord] {
        try database.read { db in
            var curves: [String: [(Int, Double, Double, Double)]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT arch, epoch, valid_auc, train_loss, cumulative_seconds FROM epochs") {
                let arch: String = row[0]
                let auc: Double? = row[2]
                let loss: Double? = row[3]
                curves[arch, default: []].append((row[1], auc ?? .nan, loss ?? .nan, row[4]))
            }
            let scores = try readScores(from: .trained, in: db)
            var out: [BenchmarkRecord] = []
            for row in try Row.fetchAll(db, sql: "SELECT arch, position, parameters FROM architectures ORDER BY position, arch") {
                let arch: String = row[0]
                let architecture: MLPArchitecture
                do { architecture = try MLPArchitecture(arch) } catch {
                    throw TabularStoreError("\(database.path) architectures[\(arch)]", "\(error)")
                }
                let curve = (curves[arch] ?? []).sorted { $0.0 < $1.0 }
                out.append(BenchmarkRecord(
                    architecture: architecture, position: row[1], parameterCount: row[2],
                    validationAUC: curve.map(\.1), trainLoss: curve.map(\.2), cumulativeSeconds: curve.map(\.3),
                    scores: scores[arch] ?? []))
            }
            return out
        }
    }

    /// The stored records as an in-memory ``Benchmark``.
    public func benchmark() throws -> Benchmark {
        try Benchmark(records: records())
    }

    /// Copies the database to `path` (a consistent snapshot, e.g. the published artifact).
    public func backup(to path: String) throws {
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        let target = try DatabaseQueue(path: path)
        try database.backup(to: target)
    }
}
