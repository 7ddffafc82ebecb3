/// Allocates training epochs among K candidates and selects one (the TRAILS refinement phase).
///
/// Every evaluation trains a candidate from scratch for the round's epochs and is charged in
/// full, as TRAILS accounts it; ``plannedEpochs(candidates:minimumFidelity:)`` predicts
/// exactly what ``select(from:minimumFidelity:objective:)`` spends.
public protocol FidelityAllocator: Sendable {
    /// The name used in figures, e.g. `SUCCHALF`.
    var name: String { get }

    /// The epochs a selection among `candidates` starting at `minimumFidelity` (U) will charge.
    func plannedEpochs(candidates: Int, minimumFidelity: Int) -> Int

    /// Selects one of `candidates`, training from `minimumFidelity` (U) epochs.
    func select<O: Objective>(from candidates: [O.Point], minimumFidelity: Int,
                              objective: O) throws -> SelectionResult<O.Point>
}

extension FidelityAllocator {
    /// The largest U among `options` (ascending) whose planned epochs × `secondsPerEpoch` fit in
    /// `seconds`, scanning upward and stopping at the first that does not fit (as TRAILS's
    /// `schedule_budget_per_model_based_on_T` does); nil when even the first does not fit
    /// (an infeasible budget, stored as 0 in TRAILS's Figure 9 files).
    public func largestMinimumFidelity(candidates: Int, seconds: Double, secondsPerEpoch: Double,
                                       options: [Int]) -> Int? {
        var feasible: Int?
        for u in options {
            if Double(plannedEpochs(candidates: candidates, minimumFidelity: u)) * secondsPerEpoch > seconds { break }
            feasible = u
        }
        return feasible
    }

    /// Selects among `candidates` under a time budget, as TRAILS's Figure 9 does: U is the
    /// largest feasible option (see ``largestMinimumFidelity(candidates:seconds:secondsPerEpoch:options:)``);
    /// nil when the budget is infeasible (such points are dropped, not plotted).
    public func select<O: Objective>(from candidates: [O.Point], seconds: Double, secondsPerEpoch: Double,
                                     options: [Int], objective: O) throws -> SelectionResult<O.Point>? {
        guard let u = largestMinimumFidelity(candidates: candidates.count, seconds: seconds,
                                             secondsPerEpoch: secondsPerEpoch, options: options) else { return nil }
        return try select(from: candidates, minimumFidelity: u, objective: objective)
    }
}

/// Ranks scored candidates best first; equal values keep their listed order (a stable sort).
func rankDescending<Point>(_ scored: [(point: Point, evaluation: Evaluation)]) -> [(point: Point, evaluation: Evaluation)] {
    scored.enumerated().sorted { lhs, rhs in
        lhs.element.evaluation.value != rhs.element.evaluation.value
            ? lhs.element.evaluation.value > rhs.element.evaluation.value
            : lhs.offset < rhs.offset
    }.map(\.element)
}
