/// Turns an evaluation into the scalar reward a policy learns from.
///
/// The default is the evaluation's value. Multi-objective rewards read named metrics:
/// ```swift
/// // Accel-NASBench: acc × (throughput / 3000)^0.07
/// let reward = Reward.scaledByPerformance(accuracy: nil, performance: "throughput", target: 3000, exponent: 0.07)
/// ```
public struct Reward: Sendable {
    /// The reward function.
    public let body: @Sendable (Evaluation) -> Double

    /// Wraps a reward function.
    public init(_ body: @escaping @Sendable (Evaluation) -> Double) {
        self.body = body
    }

    /// The reward of `evaluation`.
    public func callAsFunction(_ evaluation: Evaluation) -> Double {
        body(evaluation)
    }

    /// The evaluation's value.
    public static let value = Reward { $0.value }

    /// `accuracy × (performance / target)^exponent` (MnasNet-style soft constraint).
    ///
    /// - Parameters:
    ///   - accuracy: the metric holding the accuracy, or nil for the evaluation's value.
    ///   - performance: the metric holding throughput (or any higher-is-better measure).
    ///   - exponent: w; a negative w penalises latency-like metrics where lower is better.
    ///   - exponentAboveTarget: an optional different exponent when performance ≥ target.
    /// A missing or non-positive metric yields a reward of 0.
    public static func scaledByPerformance(accuracy: String? = nil, performance: String, target: Double,
                                           exponent: Double, exponentAboveTarget: Double? = nil) -> Reward {
        Reward { evaluation in
            let acc = accuracy.map { evaluation.metrics[$0] ?? 0 } ?? evaluation.value
            guard let perf = evaluation.metrics[performance], perf > 0, target > 0 else { return 0 }
            let w = perf >= target ? (exponentAboveTarget ?? exponent) : exponent
            return acc * Foundationless.pow(perf / target, w)
        }
    }
}
