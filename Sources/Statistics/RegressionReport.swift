/// Every fit-quality metric of predictions against truths, computed at once.
///
/// The set Accel-NASBench's `evaluate_metrics` reports for a surrogate:
/// MAE, MSE, RMSE, R², Kendall τ-b, Spearman ρ (both signed) and the KL
/// divergence between the two vectors seen as distributions.
public struct RegressionReport: Sendable, Equatable {
    /// The number of pairs.
    public var count: Int
    /// Mean absolute error.
    public var meanAbsoluteError: Double
    /// Mean squared error.
    public var meanSquaredError: Double
    /// Root mean squared error.
    public var rootMeanSquaredError: Double
    /// R², scikit-learn's definition (not symmetric: uses the truth's variance).
    public var rSquared: Double
    /// Kendall's τ-b, signed; NaN if either vector is constant.
    public var kendallTau: Double
    /// Spearman's ρ, signed; NaN if either vector is constant.
    public var spearman: Double
    /// D(truth ‖ prediction) as ``Divergence/kullbackLeibler(_:_:)``; nil when
    /// a vector has a negative value or sums to 0, so it is not a distribution.
    public var klDivergence: Double?

    /// Computes every metric; throws under the shared input policy (equal
    /// lengths ≥ 2, finite values).
    public init(truth: [Double], prediction: [Double]) throws(StatisticsError) {
        try Validation.checkPaired(truth, prediction, minimum: 2, function: "RegressionReport")
        count = truth.count
        meanAbsoluteError = try RegressionMetrics.meanAbsoluteError(truth, prediction)
        meanSquaredError = try RegressionMetrics.meanSquaredError(truth, prediction)
        rootMeanSquaredError = meanSquaredError.squareRoot()
        rSquared = try RegressionMetrics.rSquared(truth, prediction)
        kendallTau = try Correlation.kendallTau(truth, prediction)
        spearman = try Correlation.spearman(truth, prediction)
        do {
            klDivergence = try Divergence.kullbackLeibler(truth, prediction)
        } catch {
            klDivergence = nil
        }
    }
}
