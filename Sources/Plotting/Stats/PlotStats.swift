/// Small statistics used by the series kinds, exposed so experiments and tests can use them.
public enum PlotStats {
    /// The running best of `values`: minimum so far with `minimize`, else maximum so far.
    ///
    /// Non-finite values do not update the best; leading non-finite values stay NaN.
    public static func runningBest(_ values: [Double], minimize: Bool) -> [Double] {
        var best = Double.nan
        return values.map { v in
            if v.isFinite, best.isNaN || (minimize ? v < best : v > best) { best = v }
            return best
        }
    }

    /// The `q`-quantile (0...1) of a sorted sample by linear interpolation between
    /// order statistics (NumPy's default, "type 7"). NaN for an empty sample.
    public static func quantile(sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let position = min(max(q, 0), 1) * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let f = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * f
    }

    /// Mean and sample standard deviation (n − 1) of the finite values; std is 0 for one value.
    public static func meanAndStd(_ values: [Double]) -> (mean: Double, std: Double) {
        let finite = values.filter(\.isFinite)
        guard !finite.isEmpty else { return (.nan, .nan) }
        let mean = finite.reduce(0, +) / Double(finite.count)
        guard finite.count > 1 else { return (mean, 0) }
        let ss = finite.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (mean, (ss / Double(finite.count - 1)).squareRoot())
    }

    /// Empirical CDF as step points: sorted finite values and the fraction ≤ each.
    public static func ecdf(_ values: [Double]) -> (x: [Double], p: [Double]) {
        let sorted = values.filter(\.isFinite).sorted()
        let n = Double(sorted.count)
        return (sorted, sorted.indices.map { Double($0 + 1) / n })
    }

    /// Per-step mean ± std across runs (`runs[r][i]`), for a band and its centre line.
    ///
    /// Steps are limited to the shortest run.
    public static func meanStdBand(_ runs: [[Double]]) -> (mean: [Double], lower: [Double], upper: [Double]) {
        let n = runs.map(\.count).min() ?? 0
        var mean: [Double] = [], lower: [Double] = [], upper: [Double] = []
        for i in 0..<n {
            let (m, s) = meanAndStd(runs.map { $0[i] })
            mean.append(m)
            lower.append(m - s)
            upper.append(m + s)
        }
        return (mean, lower, upper)
    }

    /// Per-step quantiles across runs: the `low`, 0.5 and `high` quantiles.
    public static func quantileBand(
        _ runs: [[Double]], low: Double = 0.25, high: Double = 0.75
    ) -> (median: [Double], lower: [Double], upper: [Double]) {
        let n = runs.map(\.count).min() ?? 0
        var median: [Double] = [], lower: [Double] = [], upper: [Double] = []
        for i in 0..<n {
            let column = runs.map { $0[i] }.filter(\.isFinite).sorted()
            median.append(quantile(sorted: column, 0.5))
            lower.append(quantile(sorted: column, low))
            upper.append(quantile(sorted: column, high))
        }
        return (median, lower, upper)
    }
}
