import Search
import TabularStore

/// What it costs TRAILS (two-phase) and training-based selection to reach the same AUC, from
/// simulated anytime curves over one benchmark, in CPU seconds.
///
/// The target is the AUC the training-based median curve ends at (or, when the two-phase median
/// never gets there, the lower of the two final medians, as ``BudgetCurve/speedup(over:)``).
/// Each method's time is the first budget of its curve whose median reaches the target. For the
/// training time TRAILS saves, TRAILS's point is the first budget whose plan refines (K ≥ 2) and
/// whose median reaches the target, split into the plan's filtering and refinement seconds (a
/// filtering-only plan trains nothing, so it cannot stand for TRAILS's training time).
public struct SelectionCost: Sendable, Equatable {
    /// The AUC both methods must reach.
    public var targetAUC: Double
    /// The first budget at which the two-phase median reaches the target, in seconds (any plan).
    public var twoPhaseBudget: Double
    /// The first budget at which a refining plan's median reaches the target, or nil when none does.
    public var refiningBudget: Double?
    /// N of the refining plan (0 when there is none).
    public var scored: Int
    /// K of the refining plan (0 when there is none).
    public var kept: Int
    /// U of the refining plan (0 when there is none).
    public var minimumFidelity: Int
    /// N × t1 of the refining plan (0 when there is none).
    public var filteringSeconds: Double
    /// SH_epochs(K, U) × t2 of the refining plan: the training TRAILS does (0 when there is none).
    public var refinementSeconds: Double
    /// The first budget at which the training-based median reaches the target, in seconds.
    public var trainingBasedSeconds: Double

    /// Training-based seconds over the two-phase budget (``BudgetCurve/speedup(over:)``).
    public var endToEndSpeedup: Double { trainingBasedSeconds / twoPhaseBudget }

    /// Training-based seconds over TRAILS's training (refinement) seconds: the CPU analogue of
    /// the paper's "GPU time" ratio (filtering runs on the CPU); NaN without a refining plan.
    public var trainingTimeSaved: Double {
        refinementSeconds > 0 ? trainingBasedSeconds / refinementSeconds : .nan
    }
}

extension AnytimeSimulation {
    /// The cost comparison of `twoPhase` and `trainingBased`, two curves this simulation produced
    /// over `benchmark`; nil when either never reaches the target.
    public func selectionCost(_ benchmark: Benchmark, twoPhase: BudgetCurve, trainingBased: BudgetCurve) -> SelectionCost? {
        var target = trainingBased.finalMedian
        if twoPhase.budgetReaching(target) == nil { target = min(twoPhase.finalMedian, target) }
        guard !target.isNaN, let ours = twoPhase.budgetReaching(target), let theirs = trainingBased.budgetReaching(target),
              ours > 0 else { return nil }
        let coordinator = coordinator(benchmark)
        let refining = zip(twoPhase.budgets, twoPhase.median).lazy.compactMap { budget, median -> (Double, TwoPhasePlan)? in
            guard median >= target, let plan = try? coordinator.plan(seconds: budget), !plan.isFilteringOnly else { return nil }
            return (budget, plan)
        }.first
        let plan = refining?.1
        return SelectionCost(
            targetAUC: target, twoPhaseBudget: ours, refiningBudget: refining?.0, scored: plan?.scored ?? 0, kept: plan?.kept ?? 0,
            minimumFidelity: plan?.minimumFidelity ?? 0, filteringSeconds: plan?.filteringSeconds ?? 0,
            refinementSeconds: plan?.refinementSeconds ?? 0, trainingBasedSeconds: theirs)
    }
}
