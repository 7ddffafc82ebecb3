/// Hyperparameters of `GradientBoostedTrees`, named and defaulted like XGBoost's
/// `gbtree` booster with `tree_method=hist` and `objective=reg:squarederror`.
public struct BoostingParameters: Sendable, Hashable, Codable {
    /// Maximum depth of a tree (`max_depth`, default 6); depth 3 gives at most 8 leaves.
    public var maxDepth: Int
    /// Shrinkage applied to every leaf weight (`eta`/`learning_rate`, default 0.3).
    public var learningRate: Double
    /// L2 regularization on leaf weights (`lambda`, default 1).
    public var lambda: Double
    /// L1 regularization on leaf weights (`alpha`, default 0).
    public var alpha: Double
    /// Minimum hessian sum in a child (`min_child_weight`, default 1); with squared
    /// error the hessian is 1 per row, so this is a minimum row count.
    public var minChildWeight: Double
    /// Minimum loss reduction to split (`gamma`/`min_split_loss`, default 0).
    public var minSplitLoss: Double
    /// Fraction of features sampled once per tree (`colsample_bytree`, default 1).
    public var colsampleByTree: Double
    /// Fraction of the tree's features sampled per depth level (`colsample_bylevel`, default 1).
    public var colsampleByLevel: Double
    /// Maximum histogram bins per feature (`max_bin`, default 256, at most 256).
    public var maxBins: Int
    /// The initial prediction (`base_score`). XGBoost before 2.0 used 0.5 (the default
    /// here, and what the paper's code ran with); nil uses the training-target mean,
    /// which is what XGBoost ≥ 2.0 estimates for squared error.
    public var baseScore: Double?
    /// Boosting rounds, or the maximum number of rounds with early stopping (default 100).
    public var rounds: Int
    /// Early-stopping patience: stop when validation RMSE has not improved for this many
    /// rounds and keep the best iteration. Used only when a validation set is given.
    public var earlyStoppingRounds: Int?
    /// With early stopping, whether the model keeps only the trees up to the best round
    /// (default). `false` keeps every round trained (best + patience), which is what
    /// XGBoost's native `Booster.predict` uses after `xgb.train` with early stopping, and
    /// so what the paper's code evaluated; `keepingRounds(_:)` can truncate later.
    public var keepBestIteration: Bool

    /// Creates parameters; every argument defaults to XGBoost's default.
    public init(
        maxDepth: Int = 6, learningRate: Double = 0.3, lambda: Double = 1, alpha: Double = 0,
        minChildWeight: Double = 1, minSplitLoss: Double = 0,
        colsampleByTree: Double = 1, colsampleByLevel: Double = 1, maxBins: Int = 256,
        baseScore: Double? = 0.5, rounds: Int = 100, earlyStoppingRounds: Int? = nil,
        keepBestIteration: Bool = true
    ) {
        self.maxDepth = maxDepth
        self.learningRate = learningRate
        self.lambda = lambda
        self.alpha = alpha
        self.minChildWeight = minChildWeight
        self.minSplitLoss = minSplitLoss
        self.colsampleByTree = colsampleByTree
        self.colsampleByLevel = colsampleByLevel
        self.maxBins = maxBins
        self.baseScore = baseScore
        self.rounds = rounds
        self.earlyStoppingRounds = earlyStoppingRounds
        self.keepBestIteration = keepBestIteration
    }

    /// Throws `SurrogateError.invalidParameter` for an out-of-range value.
    public func validate() throws(SurrogateError) {
        try SurrogateError.require(maxDepth >= 1 && maxDepth <= 62, "maxDepth", "must be in 1...62, got \(maxDepth)")
        try SurrogateError.require(learningRate > 0 && learningRate.isFinite, "learningRate", "must be > 0")
        try SurrogateError.require(lambda >= 0 && lambda.isFinite, "lambda", "must be >= 0")
        try SurrogateError.require(alpha >= 0 && alpha.isFinite, "alpha", "must be >= 0")
        try SurrogateError.require(minChildWeight >= 0 && minChildWeight.isFinite, "minChildWeight", "must be >= 0")
        try SurrogateError.require(minSplitLoss >= 0 && minSplitLoss.isFinite, "minSplitLoss", "must be >= 0")
        try SurrogateError.require(colsampleByTree > 0 && colsampleByTree <= 1, "colsampleByTree", "must be in (0, 1]")
        try SurrogateError.require(colsampleByLevel > 0 && colsampleByLevel <= 1, "colsampleByLevel", "must be in (0, 1]")
        try SurrogateError.require(maxBins >= 2 && maxBins <= 256, "maxBins", "must be in 2...256, got \(maxBins)")
        try SurrogateError.require(baseScore?.isFinite ?? true, "baseScore", "must be finite")
        try SurrogateError.require(rounds >= 1, "rounds", "must be >= 1")
        try SurrogateError.require((earlyStoppingRounds ?? 1) >= 1, "earlyStoppingRounds", "must be >= 1")
    }
}
