import Randomness

extension PolicyScalingSearch {
    /// What a search found.
    public struct Outcome: Sendable, Hashable {
        /// The state the search started from after contraction.
        public var start: ScalingState
        /// The best feasible state evaluated.
        public var best: ScalingState
        /// Its accuracy.
        public var bestAccuracy: Double
        /// Best accuracy so far after each accuracy evaluation (index = evaluations − 1).
        public var trace: [Double]
        /// Buffer size at the end.
        public var bufferSize: Int
        /// ε at the end.
        public var finalEpsilon: Double
    }

    struct Pair: Hashable {
        var state: ScalingState
        var actions: [Int]
    }

    /// Runs the search from `start` (nil when no state satisfies the bounds), stopping
    /// early once `maxEvaluations` accuracies have been measured.
    public func run<E: ScalingEnvironment>(
        from start: ScalingState, in environment: E, maxEvaluations: Int = .max, seed: UInt64
    ) -> Outcome? {
        guard let first = Self.contract(start, in: environment) else { return nil }
        var generator = SeededGenerator(seed: seed)
        var policyGenerator = generator.derived(1)
        var policy = PolicyNetwork(hidden: settings.hidden, learningRate: settings.learningRate, generator: &policyGenerator)
        var state = first
        var accuracyNow = environment.accuracy(state)
        var best = (state, accuracyNow)
        var trace = [accuracyNow]
        var buffer: [Pair: Double] = [:]
        var order: [Pair] = []
        var epsilon = settings.initialEpsilon
        var threshold = settings.epsilonThreshold
        let step = settings.interval.map { Float($0) }

        for _ in 0..<settings.epochs {
            for _ in 0..<settings.explorationSteps {
                let observation = [Double(state.width), Double(state.depth), Double(state.resolution)]
                let probabilities = policy.probabilities(observation)
                let actions = probabilities.map { sample($0, epsilon: epsilon, generator: &generator) }
                var next = state
                next.width += Float(actions[0] - 1) * step[0]
                next.depth += Float(actions[1] - 1) * step[1]
                next.resolution += Float(actions[2] - 1) * step[2]
                let pair = Pair(state: state, actions: actions)
                let invalid = settings.checkValidity && (next.width < 0.1 || next.depth < 0.1 || next.resolution < 4)
                if invalid {
                    if buffer[pair] == nil { buffer[pair] = settings.penalty; order.append(pair) }
                } else if buffer[pair] == nil {
                    let feasible = environment.isFeasible(next)
                    var reward = settings.penalty
                    if feasible {
                        let accuracy = environment.accuracy(next)
                        reward = (accuracy - accuracyNow) * settings.rewardScale
                        accuracyNow = accuracy
                        state = next
                        if accuracy > best.1 { best = (next, accuracy) }
                        trace.append(best.1)
                        if trace.count >= maxEvaluations { break }
                    }
                    buffer[pair] = reward
                    order.append(pair)
                } else if environment.isFeasible(next) {
                    // Seen pair: only the bounds are re-checked; accuracy is left over.
                    state = next
                }
            }
            if order.count > threshold {
                epsilon /= 2
                threshold += settings.thresholdIncrement
            }
            if trace.count >= maxEvaluations || order.isEmpty { break }
            for _ in 0..<settings.updateSteps {
                var batch: [(observation: [Double], actions: [Int], reward: Double)] = []
                for _ in 0..<min(settings.batchSize, order.count) {
                    let pair = order[Int(generator.next() % UInt64(order.count))]
                    batch.append(([Double(pair.state.width), Double(pair.state.depth), Double(pair.state.resolution)],
                                  pair.actions, buffer[pair] ?? 0))
                }
                policy.reinforce(batch)
            }
        }
        return Outcome(start: first, best: best.0, bestAccuracy: best.1, trace: trace,
                       bufferSize: order.count, finalEpsilon: epsilon)
    }

    private func sample(_ p: [Double], epsilon: Double, generator: inout SeededGenerator) -> Int {
        let total = p.reduce(0, +) + 3 * epsilon
        var u = generator.nextUnit() * total
        for (index, value) in p.enumerated() {
            u -= value + epsilon
            if u < 0 { return index }
        }
        return 2
    }
}
