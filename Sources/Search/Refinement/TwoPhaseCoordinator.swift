/// Chooses N, K and U for two-phase selection from a time budget, as TRAILS's coordinator does.
///
/// For K = 2, 3, … (at most |space| / ratio when the space size is given) and U over
/// `minimumFidelityOptions` in order, the predicted cost is
/// `cost(K, U) = SH_epochs(K, U) × t2 + ratio × K × t1`, with N = ratio × K (ratio = N/K = 100 by
/// default). For each K the U scan stops at the first infeasible U; the plan is the last
/// feasible (K, U) found: the largest feasible K, with the largest U of its feasible prefix.
/// When even K = 2 at the first U does not fit, the plan is filtering only:
/// N = min(⌊T / t1⌋, |space|), K = 1.
///
/// Upstream note: the TRAILS notes report that one version of `pre_calculate_time_required`
/// passes `(eta, max_epoch, K, U)` positionally into a function declared `(K, U, eta, max_unit)`,
/// which would plan with K and η (and U and E) swapped. This type implements the described
/// model, SH_epochs(K, U) with the given η and E, and does not reproduce that mix-up.
public struct TwoPhaseCoordinator: Hashable, Sendable {
    /// t1, the seconds to score one candidate with the training-free metric.
    public var scoringSeconds: Double
    /// t2, the seconds to train one candidate for one epoch.
    public var epochSeconds: Double
    /// N/K, fixed (TRAILS: 100).
    public var ratio: Int
    /// The refinement whose epochs are planned (TRAILS: η = 3, ⌊n/η⌋ ≥ 1, capped at E).
    public var refinement: SuccessiveHalving
    /// |space|, or nil when it does not bound K.
    public var spaceSize: Int?
    /// The U values scanned, ascending (TRAILS's MLP space: 1 … E − 1).
    public var minimumFidelityOptions: [Int]

    /// Creates a coordinator; `minimumFidelityOptions` defaults to 1 … E − 1 (at least [1]).
    public init(scoringSeconds: Double, epochSeconds: Double, ratio: Int = 100,
                refinement: SuccessiveHalving, spaceSize: Int? = nil, minimumFidelityOptions: [Int]? = nil) {
        self.scoringSeconds = scoringSeconds
        self.epochSeconds = epochSeconds
        self.ratio = ratio
        self.refinement = refinement
        self.spaceSize = spaceSize
        self.minimumFidelityOptions = minimumFidelityOptions
            ?? Array(1...max(refinement.maxFidelity - 1, 1))
    }

    /// The predicted seconds of scoring ratio × K candidates and refining K from U.
    public func cost(kept: Int, minimumFidelity: Int) -> Double {
        Double(refinement.plannedEpochs(candidates: kept, minimumFidelity: minimumFidelity)) * epochSeconds
            + Double(ratio * kept) * scoringSeconds
    }

    /// The plan for a budget of `seconds`.
    public func plan(seconds budget: Double) throws -> TwoPhasePlan {
        guard scoringSeconds > 0, epochSeconds >= 0, ratio >= 1, let firstU = minimumFidelityOptions.first else {
            throw SearchError.invalidConfiguration(
                "TwoPhaseCoordinator: t1 \(scoringSeconds) must be > 0, t2 \(epochSeconds) >= 0, ratio \(ratio) >= 1, U options non-empty")
        }
        if cost(kept: 2, minimumFidelity: firstU) > budget {
            return try filteringOnly(seconds: budget)
        }
        let byTime = budget / (Double(ratio) * scoringSeconds)
        var upper = byTime >= Double(Int.max / 2) ? Int.max / 2 : Int(byTime.rounded(.down))
        if let spaceSize { upper = min(upper, spaceSize / ratio) }
        var best: (kept: Int, u: Int)?
        if upper >= 2 {
            for kept in 2...upper {
                for u in minimumFidelityOptions {
                    if cost(kept: kept, minimumFidelity: u) > budget { break }
                    best = (kept, u)
                }
            }
        }
        guard let best else { return try filteringOnly(seconds: budget) }
        let epochs = refinement.plannedEpochs(candidates: best.kept, minimumFidelity: best.u)
        return TwoPhasePlan(scored: ratio * best.kept, kept: best.kept, minimumFidelity: best.u,
                            filteringSeconds: Double(ratio * best.kept) * scoringSeconds,
                            refinementEpochs: epochs, refinementSeconds: Double(epochs) * epochSeconds)
    }

    /// Filtering only: N = min(⌊T / t1⌋, |space|), K = 1.
    func filteringOnly(seconds budget: Double) throws -> TwoPhasePlan {
        let byTime = budget / scoringSeconds
        var scored = byTime >= Double(Int.max / 2) ? Int.max / 2 : Int(max(byTime, 0).rounded(.down))
        if let spaceSize { scored = min(scored, spaceSize) }
        guard scored >= 1 else {
            throw SearchError.budgetTooSmall(
                "TwoPhaseCoordinator: \(budget) s cannot score one candidate (t1 = \(scoringSeconds) s)")
        }
        return TwoPhasePlan(scored: scored, kept: 1, minimumFidelity: nil,
                            filteringSeconds: Double(scored) * scoringSeconds,
                            refinementEpochs: 0, refinementSeconds: 0)
    }
}
