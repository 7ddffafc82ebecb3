import Randomness

/// REINFORCE with an independent softmax per decision and a moving-average baseline.
///
/// Each step samples a point from the policy and evaluates it. Every `batchSize` episodes the
/// logits ascend `learningRate × mean_i[(R_i − b) ∇log π(a_i)] + learningRate × entropyWeight × ∇H`,
/// where b is the baseline before the batch; then b ← decay·b + (1 − decay)·R_i for each episode
/// in order. The first reward initialises b. The incumbent is ranked by the evaluation's value;
/// the policy learns from `reward` (which may combine several metrics).
public struct Reinforce: Sendable {
    /// The step size of gradient ascent on the logits.
    public var learningRate: Double
    /// The baseline's moving-average decay in [0, 1).
    public var baselineDecay: Double
    /// The weight of the entropy bonus (0: none).
    public var entropyWeight: Double
    /// Episodes per policy update (Accel-NASBench: 6).
    public var batchSize: Int
    /// The reward hook.
    public var reward: Reward

    /// Creates the controller.
    public init(learningRate: Double = 0.1, baselineDecay: Double = 0.9, entropyWeight: Double = 0,
                batchSize: Int = 1, reward: Reward = .value) {
        self.learningRate = learningRate
        self.baselineDecay = baselineDecay
        self.entropyWeight = entropyWeight
        self.batchSize = batchSize
        self.reward = reward
    }

    /// Runs under `budget` and returns the result and the final policy.
    public func run<S: FactoredSearchSpace, O: Objective>(
        space: S, objective: O, budget: Budget, using generator: inout SeededGenerator
    ) throws -> (result: SearchResult<S.Point>, policy: CategoricalPolicy) where O.Point == S.Point {
        try budget.requireLimited("Reinforce")
        guard batchSize >= 1, baselineDecay >= 0, baselineDecay < 1 else {
            throw SearchError.invalidConfiguration(
                "Reinforce: batchSize \(batchSize) must be >= 1 and baselineDecay \(baselineDecay) in [0, 1)")
        }
        var session = SearchSession(objective: objective, budget: budget)
        var policy = CategoricalPolicy(cardinalities: space.cardinalities)
        var baseline: Double?
        var batch: [(choices: [Int], reward: Double)] = []
        while true {
            let choices = policy.sample(using: &generator)
            guard let evaluation = try session.evaluate(space.point(choices: choices)) else { break }
            batch.append((choices, reward(evaluation)))
            if batch.count == batchSize {
                update(&policy, baseline: &baseline, batch: batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        return (session.result(), policy)
    }

    /// One policy update from a batch of episodes (exposed for tests and custom loops).
    public func update(_ policy: inout CategoricalPolicy, baseline: inout Double?,
                       batch: [(choices: [Int], reward: Double)]) {
        guard let first = batch.first else { return }
        let b = baseline ?? first.reward
        var total = policy.logits.map { [Double](repeating: 0, count: $0.count) }
        for episode in batch {
            let g = policy.gradient(choices: episode.choices, advantage: episode.reward - b,
                                    entropyWeight: entropyWeight)
            for d in total.indices {
                for k in total[d].indices { total[d][k] += g[d][k] }
            }
        }
        policy.ascend(total, step: learningRate / Double(batch.count))
        var updated = b
        for episode in batch {
            updated = baselineDecay * updated + (1 - baselineDecay) * episode.reward
        }
        baseline = updated
    }
}
