import Randomness

/// Hyperband (Li et al., 2018): brackets of successive halving over freshly sampled points.
///
/// With s_max = ⌊log_η(R / r)⌋, bracket s = s_max, …, 0 samples n = ⌈(s_max + 1) η^s / (s + 1)⌉
/// points and runs successive halving from ⌊R / η^s⌋ epochs (at least `minFidelity`), keeping
/// `keepRule` survivors (⌊n/η⌋ in the paper, so a rung can end early) and multiplying the epochs
/// by η up to R (a lone survivor jumps to R). Brackets repeat until the budget is spent. Only evaluations at R can become
/// the incumbent; lower-fidelity ones are charged and traced.
public struct Hyperband: Hashable, Sendable {
    /// η ≥ 2.
    public var eta: Int
    /// r, the minimum epochs.
    public var minFidelity: Int
    /// R, the maximum epochs.
    public var maxFidelity: Int
    /// The survivor rule within a bracket.
    public var keepRule: SuccessiveHalving.KeepRule

    /// Creates the algorithm.
    public init(eta: Int = 3, minFidelity: Int = 1, maxFidelity: Int,
                keepRule: SuccessiveHalving.KeepRule = .floorAtLeastOne) {
        self.eta = max(eta, 2)
        self.minFidelity = max(minFidelity, 1)
        self.maxFidelity = max(maxFidelity, self.minFidelity)
        self.keepRule = keepRule
    }

    /// s_max = ⌊log_η(R / r)⌋, computed in integers.
    public var maxBracket: Int {
        var s = 0
        var level = minFidelity
        while level * eta <= maxFidelity {
            level *= eta
            s += 1
        }
        return s
    }

    /// The (points, starting epochs) of bracket `s`.
    public func bracket(_ s: Int) -> (points: Int, fidelity: Int) {
        var power = 1
        for _ in 0..<s { power *= eta }
        let n = ((maxBracket + 1) * power + s) / (s + 1)
        return (n, max(maxFidelity / power, minFidelity))
    }

    /// Runs under `budget`, cycling through the brackets.
    public func run<S: SearchSpace, O: Objective>(
        space: S, objective: O, budget: Budget, using generator: inout SeededGenerator
    ) throws -> SearchResult<S.Point> where O.Point == S.Point {
        try budget.requireLimited("Hyperband")
        var session = SearchSession(objective: objective, budget: budget)
        while true {
            for s in stride(from: maxBracket, through: 0, by: -1) {
                let (n, start) = bracket(s)
                var alive = (0..<n).map { _ in space.sample(using: &generator) }
                var e = start
                while !alive.isEmpty {
                    var scored: [(point: S.Point, evaluation: Evaluation)] = []
                    for point in alive {
                        guard let evaluation = try session.evaluate(
                            point, fidelity: e, updatesIncumbent: e >= maxFidelity) else { return session.result() }
                        scored.append((point, evaluation))
                    }
                    if e >= maxFidelity { break }
                    alive = rankDescending(scored).prefix(keepRule.survivors(of: alive.count, eta: eta)).map(\.point)
                    // A lone survivor goes straight to full fidelity.
                    e = alive.count == 1 || e > maxFidelity / eta ? maxFidelity : e * eta
                }
            }
        }
    }
}
