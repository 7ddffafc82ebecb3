import Randomness

/// Two-phase model selection as TRAILS describes it: filter by a cheap score, refine by training.
///
/// Filtering scores N candidates with a training-free score (t1 seconds each) and keeps the top
/// K (ties: listed order); refinement runs a ``FidelityAllocator`` (TRAILS: successive halving,
/// ``SuccessiveHalving/trails(maxFidelity:eta:)``) over the K from U epochs. K = 1 skips refinement.
public struct TwoPhaseSelector<Refinement: FidelityAllocator>: Sendable {
    /// The refinement phase's allocator.
    public var refinement: Refinement
    /// t1, the simulated seconds charged per scored candidate.
    public var scoringSeconds: Double

    /// Creates a selector.
    public init(refinement: Refinement, scoringSeconds: Double) {
        self.refinement = refinement
        self.scoringSeconds = scoringSeconds
    }

    /// Filters `candidates` (N of them) to the top `kept` by `score`, then refines from `minimumFidelity`.
    public func select<O: Objective>(
        candidates: [O.Point], kept: Int, minimumFidelity: Int?, objective: O,
        score: (O.Point) throws -> Double
    ) throws -> TwoPhaseResult<O.Point> {
        guard !candidates.isEmpty, kept >= 1 else {
            throw SearchError.invalidConfiguration(
                "TwoPhaseSelector: \(candidates.count) candidates and K = \(kept) must both be >= 1")
        }
        let scores = try candidates.map(score)
        let order = candidates.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        let top = order.prefix(kept).map { candidates[$0] }
        let filtering = Double(candidates.count) * scoringSeconds
        guard top.count > 1, let u = minimumFidelity else {
            return TwoPhaseResult(selected: top[0], kept: top, scored: candidates.count, refinement: nil,
                                  filteringSeconds: filtering)
        }
        let refined = try refinement.select(from: top, minimumFidelity: u, objective: objective)
        return TwoPhaseResult(selected: refined.selected, kept: top, scored: candidates.count,
                              refinement: refined, filteringSeconds: filtering)
    }

    /// Runs a coordinator's plan: samples N distinct points from `space`, filters and refines.
    public func run<S: SearchSpace, O: Objective>(
        plan: TwoPhasePlan, space: S, objective: O, score: (S.Point) throws -> Double,
        using generator: inout SeededGenerator
    ) throws -> TwoPhaseResult<S.Point> where O.Point == S.Point {
        let candidates = distinctSample(space: space, count: plan.scored, using: &generator)
        return try select(candidates: candidates, kept: plan.kept, minimumFidelity: plan.minimumFidelity,
                          objective: objective, score: score)
    }
}

/// Up to `count` distinct uniform samples, in draw order (gives up after 10 × count + 100 draws,
/// so a space smaller than `count` yields fewer).
public func distinctSample<S: SearchSpace>(space: S, count: Int, using generator: inout SeededGenerator) -> [S.Point] {
    var seen = Set<S.Point>()
    var points: [S.Point] = []
    var draws = 0
    while points.count < count, draws < 10 * count + 100 {
        let point = space.sample(using: &generator)
        draws += 1
        if seen.insert(point).inserted { points.append(point) }
    }
    return points
}
