import Search

/// What it costs TRAILS (two-phase) and training-based selection to reach the same AUC, from
/// simulated anytime curves over one benchmark (TRAILS Figure 7(b), in CPU seconds).
///
/// The target is the AUC the training-based median curve ends at (or, when the two-phase median
/// never gets there, the lower of the two final medians, as ``BudgetCurve/speedup(over:)``).
/// Each method's time is the first budget of its curve whose median reaches the target; TRAILS's
/// time splits into the coordinator's filtering and refinement seconds at that budget.
public struct SelectionCost: Sendable, Equatable {
    /// The AUC both methods must reach.
    public var targetAUC: Double
    /// The first budget at which the two-phase median reaches the target, in seconds.
    public var twoPhaseBudget: Double
    /// N of the coordinator's plan at that budget.
    public var scored: Int
    /// K of that plan (1 for filtering only).
    public var kept: Int
    /// U of that plan (0 for filtering only).
    public var minimumFidelity: Int
    /// N × t1 of that plan.
    public var filteringSeconds: Double
    /// SH_epochs(K, U) × t2 of that plan: the training TRAILS does.
    public var refinementSeconds: Double
    /// The first budget at which the training-based median reaches the target, in seconds.
    public var trainingBasedSeconds: Double

    /// Training-based seconds over the two-phase budget (``BudgetCurve/speedup(over:)``).
    public var endToEndSpeedup: Double { trainingBasedSeconds / twoPhaseBudget }

    /// Training-based seconds over TRAILS's training (refinement) seconds: the CPU analogue of
    /// the paper's "GPU time" ratio (filtering runs on the CPU); NaN when TRAILS trains nothing.
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
              ours > 0, let plan = try? coordinator(benchmark).plan(seconds: ours) else { return nil }
        return SelectionCost(
            targetAUC: target, twoPhaseBudget: ours, scored: plan.scored, kept: plan.kept,
            minimumFidelity: plan.minimumFidelity ?? 0, filteringSeconds: plan.filteringSeconds,
            refinementSeconds: plan.refinementSeconds, trainingBasedSeconds: theirs)
    }

    /// Predicted seconds of scoring `scored` models and refining `kept` of them with TRAILS's
    /// successive halving from `minimumFidelity` epochs (capped at `maxEpochs`), with this
    /// simulation's t1 and t2: Figure 7(a)'s latency on one device.
    public func predictedLatency(scored: Int, kept: Int, minimumFidelity: Int, maxEpochs: Int) -> (filtering: Double, refinement: Double) {
        let epochs = SuccessiveHalving.trails(maxFidelity: maxEpochs).plannedEpochs(candidates: kept, minimumFidelity: minimumFidelity)
        return (Double(scored) * scoringSeconds, Double(epochs) * epochSeconds)
    }
}
