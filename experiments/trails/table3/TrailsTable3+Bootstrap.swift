import Numerics
import Randomness
import Statistics
import TabularStore

extension TrailsTable3 {
    /// The spread of each metric's SRCC over our sample of architectures: the standard deviation of
    /// Spearman's ρ over `resamples` bootstrap resamples (architectures drawn with replacement),
    /// keyed by the metric names of ``Benchmark/rankCorrelations(epoch:metrics:)``.
    static func bootstrapSpread(_ benchmark: Benchmark, epoch: Int, resamples: Int, seed: UInt64) throws -> [String: Double] {
        let auc = benchmark.auc(atEpoch: epoch)
        var metrics: [(String, [Double])] = try TFMEM.allCases.map { metric in
            metric == .jacFlow ? ("jacflow", try benchmark.jacFlowRankFusion()) : (metric.rawValue, benchmark.scores(metric))
        }
        if TFMEM.allCases.contains(.jacFlow) { metrics.append(("jacflow_online", benchmark.scores(.jacFlow))) }
        var spread: [String: Double] = [:]
        for (index, (name, scores)) in metrics.enumerated() {
            let kept = scores.indices.filter { !scores[$0].isNaN && !auc[$0].isNaN }
            guard kept.count >= 3, resamples >= 2 else { spread[name] = .nan; continue }
            var generator = SeededGenerator(seed: seed).derived(UInt64(index))
            var rhos: [Double] = []
            for _ in 0..<resamples {
                let draw = (0..<kept.count).map { _ in kept[Int(generator.next() % UInt64(kept.count))] }
                let rho = try Correlation.spearman(draw.map { scores[$0] }, draw.map { auc[$0] })
                if !rho.isNaN { rhos.append(rho) }
            }
            spread[name] = rhos.count >= 2 ? Descriptive.standardDeviation(rhos) : .nan
        }
        return spread
    }
}
