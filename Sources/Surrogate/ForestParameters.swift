/// Hyperparameters of `RandomForest`, named and defaulted like scikit-learn's
/// `RandomForestRegressor` (squared-error criterion).
public struct ForestParameters: Sendable, Hashable, Codable {
    /// Number of trees (`n_estimators`, default 100).
    public var treeCount: Int
    /// Fraction of features drawn at each node (`max_features` as a float, default 1.0);
    /// max(1, ⌊fraction·n⌋) non-constant features are searched.
    public var maxFeatures: Double
    /// Minimum rows in a node to split it (`min_samples_split`, default 2).
    public var minSamplesSplit: Int
    /// Minimum rows in each child (`min_samples_leaf`, default 1).
    public var minSamplesLeaf: Int
    /// Whether each tree sees a bootstrap sample of the rows (`bootstrap`, default true).
    public var bootstrap: Bool
    /// Maximum depth, or nil to grow until leaves are pure (`max_depth`, default None).
    public var maxDepth: Int?
    /// Maximum distinct split points per feature (features with more distinct values are
    /// quantile-binned; the paper's features have at most 4).
    public var maxBins: Int

    /// Creates parameters; every argument defaults to scikit-learn's default.
    public init(
        treeCount: Int = 100, maxFeatures: Double = 1, minSamplesSplit: Int = 2, minSamplesLeaf: Int = 1,
        bootstrap: Bool = true, maxDepth: Int? = nil, maxBins: Int = 256
    ) {
        self.treeCount = treeCount
        self.maxFeatures = maxFeatures
        self.minSamplesSplit = minSamplesSplit
        self.minSamplesLeaf = minSamplesLeaf
        self.bootstrap = bootstrap
        self.maxDepth = maxDepth
        self.maxBins = maxBins
    }

    /// Throws `SurrogateError.invalidParameter` for an out-of-range value.
    public func validate() throws(SurrogateError) {
        try SurrogateError.require(treeCount >= 1, "treeCount", "must be >= 1")
        try SurrogateError.require(maxFeatures > 0 && maxFeatures <= 1, "maxFeatures", "must be in (0, 1]")
        try SurrogateError.require(minSamplesSplit >= 2, "minSamplesSplit", "must be >= 2")
        try SurrogateError.require(minSamplesLeaf >= 1, "minSamplesLeaf", "must be >= 1")
        try SurrogateError.require((maxDepth ?? 1) >= 1, "maxDepth", "must be >= 1")
        try SurrogateError.require(maxBins >= 2 && maxBins <= 256, "maxBins", "must be in 2...256")
    }
}
