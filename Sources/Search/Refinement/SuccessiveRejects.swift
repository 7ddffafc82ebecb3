/// Successive rejects as TRAILS's Figure 9 runs it (`run_sr.py`): drop the worst candidate per round.
///
/// Every round gives the m remaining candidates ⌊K·U / m⌋ epochs each (a constant K·U epochs per
/// round), capped at E. A round whose per-candidate epochs equal the reference epochs is not
/// retrained: the worst is dropped using the last scores. A round that reaches E keeps only the
/// best. The reference is configurable:
/// - ``Reuse/firstRound`` (default): the first round's epochs, as the upstream code does (its
///   `previous_epoch` is set once and never updated, so later rounds retrain even when their
///   epochs equal the previous round's);
/// - ``Reuse/previousRound``: the last trained round's epochs, which skips every redundant retrain.
public struct SuccessiveRejects: FidelityAllocator, Hashable {
    /// Which earlier round's epochs make a round redundant.
    public enum Reuse: String, Hashable, Sendable {
        /// The first round (TRAILS's code).
        case firstRound
        /// The last trained round.
        case previousRound
    }

    /// E, the maximum epochs.
    public var maxFidelity: Int
    /// The redundancy rule.
    public var reuse: Reuse

    /// Creates the allocator.
    public init(maxFidelity: Int, reuse: Reuse = .firstRound) {
        self.maxFidelity = max(maxFidelity, 1)
        self.reuse = reuse
    }

    /// `SUCCREJCT`, as TRAILS's figures name it.
    public var name: String { "SUCCREJCT" }

    /// The trained rounds (candidates, epochs) and the candidates left before each, for K from U.
    func schedule(candidates: Int, minimumFidelity: Int) -> [(remaining: Int, trained: Bool, fidelity: Int)] {
        var rounds: [(Int, Bool, Int)] = []
        let perRound = candidates * max(minimumFidelity, 1)
        var m = candidates
        var reference: Int?
        while m > 1 {
            let raw = perRound / m
            if let reference, raw == reference {
                rounds.append((m, false, 0))
                m -= 1
                continue
            }
            if reference == nil || reuse == .previousRound { reference = raw }
            let e = min(raw, maxFidelity)
            rounds.append((m, true, e))
            m = e == maxFidelity ? 1 : m - 1
        }
        return rounds
    }

    /// Σ over trained rounds of remaining candidates × epochs.
    public func plannedEpochs(candidates: Int, minimumFidelity: Int) -> Int {
        schedule(candidates: candidates, minimumFidelity: minimumFidelity)
            .reduce(0) { $0 + ($1.trained ? $1.remaining * $1.fidelity : 0) }
    }

    /// Rejects one candidate per round (or keeps the best once a round reaches E).
    public func select<O: Objective>(from candidates: [O.Point], minimumFidelity: Int,
                                     objective: O) throws -> SelectionResult<O.Point> {
        guard let first = candidates.first else {
            throw SearchError.invalidConfiguration("SuccessiveRejects: no candidates")
        }
        // `ranked` is best first; dropping the worst removes its last element.
        var ranked: [(point: O.Point, evaluation: Evaluation?)] = candidates.map { ($0, nil) }
        var rounds: [SelectionResult<O.Point>.Round] = []
        var epochs = 0
        var seconds = 0.0
        for round in schedule(candidates: candidates.count, minimumFidelity: minimumFidelity) {
            if round.trained {
                var scored: [(point: O.Point, evaluation: Evaluation)] = []
                for entry in ranked {
                    let evaluation = try objective.evaluate(entry.point, fidelity: round.fidelity)
                    scored.append((entry.point, evaluation))
                    epochs += round.fidelity
                    seconds += evaluation.cost
                }
                // TRAILS sorts ascending (stable) and keeps the tail, so among equal scores the
                // earlier-listed candidate is rejected first: rank by value, later index first.
                ranked = scored.enumerated().sorted { lhs, rhs in
                    lhs.element.evaluation.value != rhs.element.evaluation.value
                        ? lhs.element.evaluation.value > rhs.element.evaluation.value
                        : lhs.offset > rhs.offset
                }.map { ($0.element.point, $0.element.evaluation) }
            }
            let keep = round.trained && round.fidelity == maxFidelity ? 1 : round.remaining - 1
            ranked = Array(ranked.prefix(keep))
            rounds.append(.init(candidates: round.remaining, fidelity: round.trained ? round.fidelity : 0,
                                survivors: keep))
        }
        let selected = ranked.first
        return SelectionResult(selected: selected?.point ?? first, selectedEvaluation: selected?.evaluation,
                               epochs: epochs, seconds: seconds, rounds: rounds)
    }
}
