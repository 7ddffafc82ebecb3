import Randomness

/// Independent softmax distributions, one per categorical decision, parameterised by logits.
public struct CategoricalPolicy: Hashable, Sendable {
    /// `logits[d][k]`: the logit of option k of decision d.
    public var logits: [[Double]]

    /// A uniform policy (all logits zero) over decisions with the given cardinalities.
    public init(cardinalities: [Int]) {
        self.logits = cardinalities.map { [Double](repeating: 0, count: max($0, 1)) }
    }

    /// The softmax probabilities of decision `decision`.
    public func probabilities(_ decision: Int) -> [Double] {
        Self.softmax(logits[decision])
    }

    /// Draws one option per decision (inverse CDF on one uniform draw per decision).
    public func sample(using generator: inout SeededGenerator) -> [Int] {
        logits.indices.map { decision in
            let p = probabilities(decision)
            let u = generator.nextUnit()
            var cumulative = 0.0
            for (option, probability) in p.enumerated() {
                cumulative += probability
                if u < cumulative { return option }
            }
            return p.count - 1
        }
    }

    /// The log-probability of drawing `choices`.
    public func logProbability(_ choices: [Int]) -> Double {
        zip(logits.indices, choices).reduce(0) { sum, pair in
            sum + Foundationless.log(probabilities(pair.0)[pair.1])
        }
    }

    /// The summed entropy of all decisions (nats).
    public var entropy: Double {
        logits.indices.reduce(0) { sum, decision in
            sum - probabilities(decision).reduce(0) { $0 + ($1 > 0 ? $1 * Foundationless.log($1) : 0) }
        }
    }

    /// The gradient of `advantage × log π(choices) + entropyWeight × entropy` with respect to the logits.
    ///
    /// For a softmax, ∂log p_a/∂z_k = 1[k = a] − p_k and ∂H/∂z_k = −p_k (log p_k + H).
    public func gradient(choices: [Int], advantage: Double, entropyWeight: Double = 0) -> [[Double]] {
        logits.indices.map { decision in
            let p = probabilities(decision)
            let h = -p.reduce(0) { $0 + ($1 > 0 ? $1 * Foundationless.log($1) : 0) }
            return p.indices.map { k in
                var g = advantage * ((k == choices[decision] ? 1 : 0) - p[k])
                if entropyWeight != 0, p[k] > 0 {
                    g += entropyWeight * -p[k] * (Foundationless.log(p[k]) + h)
                }
                return g
            }
        }
    }

    /// Adds `step × gradient` to the logits (gradient ascent).
    public mutating func ascend(_ gradient: [[Double]], step: Double) {
        for decision in logits.indices {
            for k in logits[decision].indices {
                logits[decision][k] += step * gradient[decision][k]
            }
        }
    }

    /// The most probable option of every decision (first on ties).
    public var mode: [Int] {
        logits.map { row in
            row.indices.reduce(0) { row[$1] > row[$0] ? $1 : $0 }
        }
    }

    static func softmax(_ z: [Double]) -> [Double] {
        let top = z.max() ?? 0
        let e = z.map { Foundationless.exp($0 - top) }
        let total = e.reduce(0, +)
        return e.map { $0 / total }
    }
}
