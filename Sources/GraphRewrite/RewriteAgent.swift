import Randomness
import Search

/// An XFLOWRL-style agent: each step picks a substitution (or the no-op that ends the
/// episode), then a location among that substitution's matches, both from masked
/// softmax policies, and is trained with REINFORCE on the episode's cost reduction.
///
/// Unlike XFLOWRL (a graph-network encoder over the current graph, trained with PPO on
/// many graphs), the policy here is a table of logits per episode step, trained on one
/// graph: an open-loop plan learned from the reward alone.
public struct RewriteAgent: Sendable {
    /// The agent's settings.
    public struct Settings: Hashable, Sendable, Codable {
        /// Training episodes.
        public var episodes = 300
        /// Steps per episode at most.
        public var maxSteps = 24
        /// Locations the location policy can choose among (XFLOWRL: 100).
        public var maxLocations = 100
        /// Logit step size.
        public var learningRate = 0.5
        /// Moving-average decay of the reward baseline.
        public var baselineDecay = 0.9

        /// Defaults.
        public init() {}
    }

    /// The outcome of training then greedy inference.
    public struct Outcome: Hashable, Sendable {
        /// Best cost seen after each training episode.
        public var bestCostPerEpisode: [Double]
        /// Cost of the graph the greedy (argmax) policy builds after training.
        public var greedyCost: Double
        /// Steps the greedy episode took.
        public var greedySteps: Int
        /// The graph the greedy policy builds: what XFLOWRL reports after training.
        public var greedy: Graph
        /// The best graph seen in training or inference.
        public var best: Graph
        /// Its cost.
        public var bestCost: Double
    }

    /// The settings.
    public var settings: Settings

    /// Creates an agent.
    public init(settings: Settings = Settings()) {
        self.settings = settings
    }

    /// Trains on `start` under `system`, then runs one greedy episode.
    public func run(system: GraphRewriteSystem, from start: Graph, seed: UInt64) -> Outcome {
        let rules = system.rules
        let cardinalities = (0..<settings.maxSteps).flatMap { _ in [rules.count + 1, settings.maxLocations] }
        var policy = CategoricalPolicy(cardinalities: cardinalities)
        var generator = SeededGenerator(seed: seed)
        let initialCost = system.cost(of: start)
        var best = (graph: start, cost: initialCost)
        // One baseline per episode step, on the return-to-go (the cost still to be saved).
        var baselines = [Double?](repeating: nil, count: settings.maxSteps)
        var trace: [Double] = []
        for _ in 0..<settings.episodes {
            let episode = play(policy: policy, system: system, start: start, greedy: false, generator: &generator)
            if episode.cost < best.cost { best = (episode.graph, episode.cost) }
            var gradient = policy.logits.map { [Double](repeating: 0, count: $0.count) }
            for step in episode.steps {
                let t = step.decision / 2
                let toGo = episode.costs[t] - episode.cost
                let b = baselines[t] ?? toGo
                gradient[step.decision] = zip(gradient[step.decision], policy.gradient(
                    step.decision, choice: step.choice, mask: step.mask, advantage: toGo - b)).map { $0 + $1 }
            }
            for t in 0..<min(settings.maxSteps, episode.costs.count) {
                let toGo = episode.costs[t] - episode.cost
                baselines[t] = settings.baselineDecay * (baselines[t] ?? toGo) + (1 - settings.baselineDecay) * toGo
            }
            policy.ascend(gradient, step: settings.learningRate / max(initialCost, 1e-12) * 100)
            trace.append(best.cost)
        }
        let greedy = play(policy: policy, system: system, start: start, greedy: true, generator: &generator)
        if greedy.cost < best.cost { best = (greedy.graph, greedy.cost) }
        return Outcome(bestCostPerEpisode: trace, greedyCost: greedy.cost, greedySteps: greedy.steps.count / 2,
                       greedy: greedy.graph, best: best.graph, bestCost: best.cost)
    }

    struct Step {
        var decision: Int
        var choice: Int
        var mask: [Bool]
    }

    /// One episode; greedy takes the most probable allowed option.
    func play(policy: CategoricalPolicy, system: GraphRewriteSystem, start: Graph, greedy: Bool,
              generator: inout SeededGenerator) -> (graph: Graph, cost: Double, steps: [Step], costs: [Double]) {
        let rules = system.rules
        var graph = start
        var steps: [Step] = []
        var costs: [Double] = []
        for t in 0..<settings.maxSteps {
            costs.append(system.cost(of: graph))
            let matches = rules.map { graph.matches(of: $0) }
            let ruleMask = matches.map { !$0.isEmpty } + [true]
            guard matches.contains(where: { !$0.isEmpty }),
                  let rule = choose(policy, 2 * t, ruleMask, greedy, &generator) else { break }
            steps.append(Step(decision: 2 * t, choice: rule, mask: ruleMask))
            if rule == rules.count { break }
            let count = min(matches[rule].count, settings.maxLocations)
            let locationMask = (0..<settings.maxLocations).map { $0 < count }
            guard let location = choose(policy, 2 * t + 1, locationMask, greedy, &generator) else { break }
            steps.append(Step(decision: 2 * t + 1, choice: location, mask: locationMask))
            graph = graph.applying(matches[rule][location])
        }
        return (graph, system.cost(of: graph), steps, costs)
    }

    private func choose(_ policy: CategoricalPolicy, _ decision: Int, _ mask: [Bool], _ greedy: Bool,
                        _ generator: inout SeededGenerator) -> Int? {
        if !greedy { return policy.sample(decision, mask: mask, using: &generator) }
        let p = policy.probabilities(decision, mask: mask)
        return p.indices.filter { mask[$0] }.max { p[$0] < p[$1] || (p[$0] == p[$1] && $0 > $1) }
    }
}
