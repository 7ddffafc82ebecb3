import Numerics
import Statistics

/// One training-free metric's Spearman rank correlation with the benchmark's AUC.
public struct MetricCorrelation: Sendable, Equatable {
    /// The metric's name: a `TFMEM` raw value; `jacflow` is the benchmark's rank-fusion form
    /// and `jacflow_online` the online |SynFlow + NASWOT| form.
    public var name: String
    /// Spearman's ρ over the architectures with a finite-or-infinite (non-NaN) score.
    public var srcc: Double
    /// Architectures used.
    public var count: Int
}

extension Benchmark {
    /// SRCC of every metric with the validation AUC after `epoch`, in `TFMEM` order.
    public func rankCorrelations(epoch: Int, metrics: [TFMEM] = TFMEM.allCases) throws -> [MetricCorrelation] {
        let auc = auc(atEpoch: epoch)
        let fused = try jacFlowRankFusion()
        return try metrics.map { metric in
            let values = metric == .jacFlow ? fused : scores(metric)
            let name = metric == .jacFlow ? "jacflow" : metric.rawValue
            return try Self.correlation(name: name, values, auc)
        } + (metrics.contains(.jacFlow) ? [try Self.correlation(name: "jacflow_online", scores(.jacFlow), auc)] : [])
    }

    static func correlation(name: String, _ x: [Double], _ y: [Double]) throws -> MetricCorrelation {
        let kept = x.indices.filter { !x[$0].isNaN && !y[$0].isNaN }
        guard kept.count >= 2 else { return MetricCorrelation(name: name, srcc: .nan, count: kept.count) }
        let rho = try Correlation.spearman(kept.map { x[$0] }, kept.map { y[$0] })
        return MetricCorrelation(name: name, srcc: rho, count: kept.count)
    }
}
