import Randomness

/// The mean and spread of an ensemble's member predictions for one row.
public struct EnsemblePrediction: Sendable, Hashable, Codable {
    /// Mean over members.
    public var mean: Double
    /// Population standard deviation over members (NumPy's `np.std`, ddof 0).
    public var std: Double
}

/// Models of one kind trained on the same data with seeds `seed, seed+1, …`
/// (the paper's bagging ensemble without bootstrap); predicts mean and std.
public struct Ensemble<Member: Regressor & Codable & Hashable>: Sendable, Hashable, Codable {
    /// The members, in seed order.
    public var members: [Member]

    /// Creates an ensemble; `members` must be non-empty.
    public init(members: [Member]) {
        self.members = members
    }

    /// The mean and standard deviation of the members' predictions for `row`.
    public func predict(_ row: [Double]) -> EnsemblePrediction {
        let values = members.map { $0.predict(row) }
        let count = Double(max(values.count, 1))
        let mean = values.reduce(0, +) / count
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / count
        return EnsemblePrediction(mean: mean, std: variance.squareRoot())
    }

    /// A noisy query, as the paper's `query_noise`: the mean plus a normal deviate with
    /// the members' standard deviation.
    public func predictWithNoise(_ row: [Double], generator: inout SeededGenerator) -> Double {
        let prediction = predict(row)
        return prediction.mean + prediction.std * generator.nextNormal()
    }

    /// Predictions for every row, in order.
    public func predict(rows: [[Double]]) -> [EnsemblePrediction] {
        rows.map { predict($0) }
    }
}

extension GradientBoostedTrees {
    /// Fits `size` models on the same data with seeds `seed, seed+1, …, seed+size−1`.
    public static func fitEnsemble(
        size: Int, features: [[Double]], targets: [Double], parameters: BoostingParameters,
        seed: UInt64, validation: RegressionSet? = nil
    ) throws(SurrogateError) -> Ensemble<GradientBoostedTrees> {
        try SurrogateError.require(size >= 1, "size", "must be >= 1")
        var members: [GradientBoostedTrees] = []
        for member in 0..<size {
            members.append(try fit(
                features: features, targets: targets, parameters: parameters,
                seed: seed &+ UInt64(member), validation: validation))
        }
        return Ensemble(members: members)
    }
}
