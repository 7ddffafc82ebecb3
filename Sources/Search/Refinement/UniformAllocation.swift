/// UNIFORM allocation: train every candidate for min(U, E) epochs and pick the best.
///
/// Charges K × min(U, E) epochs. (TRAILS's planner returns K × U without the cap; the two agree
/// whenever U ≤ E, which is every U its budget scan can reach before the run caps it.)
public struct UniformAllocation: FidelityAllocator, Hashable {
    /// E, the maximum epochs.
    public var maxFidelity: Int

    /// Creates the allocator.
    public init(maxFidelity: Int) {
        self.maxFidelity = max(maxFidelity, 1)
    }

    /// `UNIFORM`, as TRAILS's figures name it.
    public var name: String { "UNIFORM" }

    /// K × min(U, E).
    public func plannedEpochs(candidates: Int, minimumFidelity: Int) -> Int {
        candidates * min(max(minimumFidelity, 1), maxFidelity)
    }

    /// Trains every candidate for min(U, E) epochs and keeps the best (the later-listed on ties).
    public func select<O: Objective>(from candidates: [O.Point], minimumFidelity: Int,
                                     objective: O) throws -> SelectionResult<O.Point> {
        guard !candidates.isEmpty else {
            throw SearchError.invalidConfiguration("UniformAllocation: no candidates")
        }
        let e = min(max(minimumFidelity, 1), maxFidelity)
        var scored: [(point: O.Point, evaluation: Evaluation)] = []
        var seconds = 0.0
        for point in candidates {
            let evaluation = try objective.evaluate(point, fidelity: e)
            scored.append((point, evaluation))
            seconds += evaluation.cost
        }
        // TRAILS takes the last of an ascending stable sort: among ties, the later-listed wins.
        var best = scored[0]
        for entry in scored.dropFirst() where entry.evaluation.value >= best.evaluation.value {
            best = entry
        }
        return SelectionResult(selected: best.point, selectedEvaluation: best.evaluation,
                               epochs: e * candidates.count, seconds: seconds,
                               rounds: [.init(candidates: candidates.count, fidelity: e, survivors: 1)])
    }
}
