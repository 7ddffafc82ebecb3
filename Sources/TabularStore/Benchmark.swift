import Numerics
import Statistics

/// A tabular NAS benchmark in memory: every record with a full learning curve.
public struct Benchmark: Sendable, Equatable {
    /// The records, in sample order.
    public let records: [BenchmarkRecord]

    /// Creates a benchmark; every record must have the same number of epochs (≥ 1).
    public init(records: [BenchmarkRecord]) throws {
        guard let first = records.first else { throw TabularStoreError("benchmark", "no architectures") }
        if let bad = records.first(where: { $0.epochs != first.epochs || $0.epochs == 0 }) {
            throw TabularStoreError("benchmark \(bad.architecture)", "has \(bad.epochs) epochs, expected \(first.epochs) (≥ 1)")
        }
        self.records = records
    }

    /// The number of architectures.
    public var count: Int { records.count }

    /// Epochs per architecture (E).
    public var epochs: Int { records[0].epochs }

    /// Validation AUC of every architecture after `epoch` (1-based; clamped).
    public func auc(atEpoch epoch: Int) -> [Double] { records.map { $0.auc(atEpoch: epoch) } }

    /// The values of `metric` for every architecture (NaN where missing).
    public func scores(_ metric: TFMEM) -> [Double] { records.map { $0.score(metric) ?? .nan } }

    /// JacFlow's benchmark form over these architectures: (rank NASWOT + rank SynFlow) / N.
    public func jacFlowRankFusion() throws -> [Double] {
        try TFMEM.jacFlowRankFusion(naswot: scores(.naswot), synFlow: scores(.synFlow))
    }

    /// Mean seconds JacFlow takes to score one architecture (its two metrics, NASWOT and SynFlow):
    /// TRAILS's t1.
    public var jacFlowScoringSeconds: Double { meanScoringSeconds([.naswot, .synFlow]) }

    /// Mean seconds per training epoch (train + validation), over all architectures.
    public var meanEpochSeconds: Double {
        Descriptive.mean(records.map { ($0.cumulativeSeconds.last ?? 0) / Double(max($0.epochs, 1)) })
    }

    /// Mean seconds to compute `metrics` for one architecture (their sum).
    public func meanScoringSeconds(_ metrics: [TFMEM]) -> Double {
        Descriptive.mean(records.map { r in metrics.reduce(0) { $0 + (r.scoringSeconds($1) ?? 0) } })
    }

    /// The best AUC at `epoch` over all architectures.
    public func bestAUC(atEpoch epoch: Int) -> Double { auc(atEpoch: epoch).filter { !$0.isNaN }.max() ?? .nan }
}
