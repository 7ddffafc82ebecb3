import Randomness

/// A fitted random forest for regression: the mean of fully grown (or depth-limited)
/// squared-error trees, each on a bootstrap sample with per-node feature subsampling.
public struct RandomForest: Regressor, Hashable, Codable {
    /// The hyperparameters the forest was fitted with.
    public var parameters: ForestParameters
    /// The seed the forest was fitted with.
    public var seed: UInt64
    /// The number of features per row.
    public var featureCount: Int
    /// The trees; leaf values are node means.
    public var trees: [RegressionTree]

    /// Creates a forest from its parts.
    public init(parameters: ForestParameters, seed: UInt64, featureCount: Int, trees: [RegressionTree]) {
        self.parameters = parameters
        self.seed = seed
        self.featureCount = featureCount
        self.trees = trees
    }

    /// The mean of the trees' predictions for one row.
    public func predict(_ row: [Double]) -> Double {
        row.withUnsafeBufferPointer { buffer in
            var sum = 0.0
            for tree in trees { sum += tree.predict(buffer) }
            return sum / Double(max(trees.count, 1))
        }
    }

    /// Fits a forest; the same inputs and seed give the same forest, bit for bit.
    ///
    /// Like scikit-learn, a node is split at the best squared-error threshold (the
    /// midpoint between adjacent values) among max(1, ⌊maxFeatures·n⌋) randomly drawn
    /// features that are not constant in the node.
    public static func fit(
        features: [[Double]], targets: [Double], parameters: ForestParameters, seed: UInt64
    ) throws(SurrogateError) -> RandomForest {
        try parameters.validate()
        let width = try RegressionSet(features: features, targets: targets).validate(name: "training")
        let bins = FeatureBins(features: features, maxBins: parameters.maxBins)
        var grower = ForestTreeGrower(bins: bins, targets: targets, parameters: parameters)
        var generator = SeededGenerator(seed: seed)
        var trees: [RegressionTree] = []
        for _ in 0..<parameters.treeCount {
            var weights = [Double](repeating: 1, count: targets.count)
            if parameters.bootstrap {
                weights = [Double](repeating: 0, count: targets.count)
                let count = UInt64(targets.count)
                for _ in 0..<targets.count { weights[Int(generator.next() % count)] += 1 }
            }
            trees.append(grower.grow(weights: weights, generator: &generator))
        }
        return RandomForest(parameters: parameters, seed: seed, featureCount: width, trees: trees)
    }
}

extension RandomForest: ModelCoding {
    /// Checks every tree against `featureCount`.
    public func structuralProblem() -> String? {
        guard featureCount > 0, !trees.isEmpty else { return "forest has no trees or no features" }
        for (index, tree) in trees.enumerated() {
            if let problem = tree.validate(featureCount: featureCount) { return "tree \(index): \(problem)" }
        }
        return nil
    }
}
