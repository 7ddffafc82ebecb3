/// Error metrics of predictions against measured values.
///
/// Arguments are `(truth, prediction)`, in scikit-learn's order. Both must
/// have equal length ≥ 1 and contain only finite values, otherwise a
/// ``StatisticsError`` is thrown.
public enum RegressionMetrics {
    /// Mean absolute error, (1/n) Σ |yᵢ − ŷᵢ|.
    public static func meanAbsoluteError(_ truth: [Double], _ prediction: [Double]) throws(StatisticsError) -> Double {
        try Validation.checkPaired(truth, prediction, minimum: 1, function: "RegressionMetrics.meanAbsoluteError")
        return zip(truth, prediction).reduce(0) { $0 + abs($1.0 - $1.1) } / Double(truth.count)
    }

    /// Mean squared error, (1/n) Σ (yᵢ − ŷᵢ)².
    public static func meanSquaredError(_ truth: [Double], _ prediction: [Double]) throws(StatisticsError) -> Double {
        try Validation.checkPaired(truth, prediction, minimum: 1, function: "RegressionMetrics.meanSquaredError")
        return residualSumOfSquares(truth, prediction) / Double(truth.count)
    }

    /// Root mean squared error, √MSE.
    public static func rootMeanSquaredError(_ truth: [Double], _ prediction: [Double]) throws(StatisticsError) -> Double {
        try Validation.checkPaired(truth, prediction, minimum: 1, function: "RegressionMetrics.rootMeanSquaredError")
        return (residualSumOfSquares(truth, prediction) / Double(truth.count)).squareRoot()
    }

    /// The coefficient of determination R² = 1 − SS_res / SS_tot, as scikit-learn defines it.
    ///
    /// SS_tot = Σ (yᵢ − ȳ)² uses the mean of `truth`. R² is not symmetric and
    /// can be negative. When `truth` is constant (SS_tot = 0) the result is
    /// 1 for a perfect prediction and 0 otherwise, as `r2_score` does with
    /// its default `force_finite=True`.
    public static func rSquared(_ truth: [Double], _ prediction: [Double]) throws(StatisticsError) -> Double {
        try Validation.checkPaired(truth, prediction, minimum: 1, function: "RegressionMetrics.rSquared")
        let mean = truth.reduce(0, +) / Double(truth.count)
        let total = truth.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let residual = residualSumOfSquares(truth, prediction)
        guard total > 0 else { return residual == 0 ? 1 : 0 }
        return 1 - residual / total
    }

    private static func residualSumOfSquares(_ truth: [Double], _ prediction: [Double]) -> Double {
        zip(truth, prediction).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
    }
}
