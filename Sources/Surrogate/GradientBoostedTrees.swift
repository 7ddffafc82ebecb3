/// A fitted gradient-boosted tree ensemble for regression (XGBoost `gbtree` with
/// `reg:squarederror` semantics): prediction = `baseScore` + Σ tree(row).
///
/// Fit with `GradientBoostedTrees.fit(features:targets:parameters:seed:validation:)`;
/// save with `jsonData()` / `save(to:)`, load with `init(jsonData:)` / `load(from:)`.
public struct GradientBoostedTrees: Regressor, Hashable, Codable {
    /// The hyperparameters the model was fitted with.
    public var parameters: BoostingParameters
    /// The seed the model was fitted with.
    public var seed: UInt64
    /// The number of features per row.
    public var featureCount: Int
    /// The initial prediction every tree adds to.
    public var baseScore: Double
    /// The trees, in boosting order (after early stopping, truncated to the best
    /// iteration unless `parameters.keepBestIteration` is false).
    public var trees: [RegressionTree]
    /// Validation RMSE after each round (empty without a validation set).
    public var validationRMSE: [Double]
    /// The 0-based round whose trees the model keeps last: with early stopping, the round
    /// with the lowest validation RMSE; otherwise the final round.
    public var bestIteration: Int

    /// Creates a model from its parts.
    public init(
        parameters: BoostingParameters, seed: UInt64, featureCount: Int, baseScore: Double,
        trees: [RegressionTree], validationRMSE: [Double] = [], bestIteration: Int? = nil
    ) {
        self.parameters = parameters
        self.seed = seed
        self.featureCount = featureCount
        self.baseScore = baseScore
        self.trees = trees
        self.validationRMSE = validationRMSE
        self.bestIteration = bestIteration ?? max(trees.count - 1, 0)
    }

    /// Predicts one row of `featureCount` values.
    public func predict(_ row: [Double]) -> Double {
        row.withUnsafeBufferPointer { buffer in
            var sum = baseScore
            for tree in trees { sum += tree.predict(buffer) }
            return sum
        }
    }

    /// The same model with only its first `count` trees (e.g. `bestIteration + 1`).
    public func keepingRounds(_ count: Int) -> GradientBoostedTrees {
        var copy = self
        copy.trees = Array(trees.prefix(max(count, 0)))
        return copy
    }

    /// Whether early stopping ended the fit before `parameters.rounds`.
    public var stoppedEarly: Bool { validationRMSE.count < parameters.rounds && !validationRMSE.isEmpty }
}
