/// Correlation coefficients between paired samples.
///
/// All coefficients here are **signed** (a perfectly reversed ranking gives
/// −1). Some zero-cost NAS code reports |ρ|; tables should say which they show.
///
/// Input policy, shared by every function: the samples must have equal
/// length ≥ 2 and contain only finite values, otherwise a ``StatisticsError``
/// is thrown (use ``Paired/droppingNonFinite(_:_:)`` to filter explicitly).
/// When the coefficient is undefined because one sample is constant, the
/// result is `Double.nan`, as in SciPy.
public enum Correlation {
    /// Pearson's product-moment correlation coefficient r.
    ///
    /// r = Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)² Σ(y−ȳ)²), computed in two passes and
    /// clamped to [−1, 1]. Equals `scipy.stats.pearsonr(x, y).statistic`.
    public static func pearson(_ x: [Double], _ y: [Double]) throws(StatisticsError) -> Double {
        try Validation.checkPaired(x, y, minimum: 2, function: "Correlation.pearson")
        return pearsonUnchecked(x, y)
    }

    /// Spearman's rank correlation ρ: Pearson's r of the average ranks.
    ///
    /// Ties get the mean of the ranks they span, so this equals
    /// `scipy.stats.spearmanr(x, y).statistic` with ties present.
    public static func spearman(_ x: [Double], _ y: [Double]) throws(StatisticsError) -> Double {
        try Validation.checkPaired(x, y, minimum: 2, function: "Correlation.spearman")
        return pearsonUnchecked(Ranking.averageRanks(x), Ranking.averageRanks(y))
    }

    static func pearsonUnchecked(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n
        let meanY = y.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for (a, b) in zip(x, y) {
            let dx = a - meanX
            let dy = b - meanY
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0 && syy > 0 else { return .nan }
        return min(1, max(-1, sxy / (sxx.squareRoot() * syy.squareRoot())))
    }
}
