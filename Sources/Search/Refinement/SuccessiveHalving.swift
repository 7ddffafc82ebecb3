/// Successive halving over a fixed list of candidates, with a fidelity cap.
///
/// Starting with n = K candidates at e = min(U, E) epochs: while n > 1, train all n for e
/// epochs; if e has reached E, keep the best one and stop; otherwise keep `keep(n)` and set
/// e = min(e × η, E). Two survivor rules:
/// - ``KeepRule/ceiling``: ⌈n/η⌉ (the textbook rule; never drops everything);
/// - ``KeepRule/floorAtLeastOne``: max(⌊n/η⌋, 1), TRAILS's `run_sh.py` (`int(n / eta)`).
/// Both cap the epochs at E and, when several candidates reach E, train them there once and
/// pick the best. K = 1 trains nothing and charges 0 epochs (as TRAILS does).
public struct SuccessiveHalving: FidelityAllocator, Hashable {
    /// How many candidates survive a round.
    public enum KeepRule: String, Hashable, Sendable {
        /// ⌈n/η⌉.
        case ceiling
        /// max(⌊n/η⌋, 1) (TRAILS).
        case floorAtLeastOne

        /// The survivors of a round with `n` candidates.
        public func survivors(of n: Int, eta: Int) -> Int {
            switch self {
            case .ceiling: return (n + eta - 1) / eta
            case .floorAtLeastOne: return max(n / eta, 1)
            }
        }
    }

    /// η ≥ 2, the reduction factor.
    public var eta: Int
    /// E, the maximum epochs a candidate is trained for.
    public var maxFidelity: Int
    /// The survivor rule.
    public var keepRule: KeepRule

    /// Creates the allocator.
    public init(eta: Int = 3, maxFidelity: Int, keepRule: KeepRule = .ceiling) {
        self.eta = max(eta, 2)
        self.maxFidelity = max(maxFidelity, 1)
        self.keepRule = keepRule
    }

    /// TRAILS's refinement: η = 3, keep max(⌊n/3⌋, 1), capped at `maxFidelity`.
    public static func trails(maxFidelity: Int, eta: Int = 3) -> SuccessiveHalving {
        SuccessiveHalving(eta: eta, maxFidelity: maxFidelity, keepRule: .floorAtLeastOne)
    }

    /// `SUCCHALF`, as TRAILS's figures name it.
    public var name: String { "SUCCHALF" }

    /// The (candidates, epochs) of every round for K candidates from U epochs.
    public func schedule(candidates: Int, minimumFidelity: Int) -> [(candidates: Int, fidelity: Int)] {
        var rounds: [(Int, Int)] = []
        var n = candidates
        var e = min(max(minimumFidelity, 1), maxFidelity)
        while n > 1 {
            rounds.append((n, e))
            if e >= maxFidelity { break }
            n = keepRule.survivors(of: n, eta: eta)
            e = e > maxFidelity / eta ? maxFidelity : min(e * eta, maxFidelity)
        }
        return rounds
    }

    /// Σ over rounds of candidates × epochs (computed without allocating; the coordinator calls it often).
    public func plannedEpochs(candidates: Int, minimumFidelity: Int) -> Int {
        var total = 0
        var n = candidates
        var e = min(max(minimumFidelity, 1), maxFidelity)
        while n > 1 {
            total += n * e
            if e >= maxFidelity { break }
            n = keepRule.survivors(of: n, eta: eta)
            e = e > maxFidelity / eta ? maxFidelity : e * eta
        }
        return total
    }

    /// Runs the rounds of ``schedule(candidates:minimumFidelity:)`` and returns the survivor.
    public func select<O: Objective>(from candidates: [O.Point], minimumFidelity: Int,
                                     objective: O) throws -> SelectionResult<O.Point> {
        guard let first = candidates.first else {
            throw SearchError.invalidConfiguration("SuccessiveHalving: no candidates")
        }
        var alive = candidates
        var rounds: [SelectionResult<O.Point>.Round] = []
        var epochs = 0
        var seconds = 0.0
        var selected: (point: O.Point, evaluation: Evaluation)?
        let plan = schedule(candidates: candidates.count, minimumFidelity: minimumFidelity)
        for (index, round) in plan.enumerated() {
            var scored: [(point: O.Point, evaluation: Evaluation)] = []
            for point in alive {
                let evaluation = try objective.evaluate(point, fidelity: round.fidelity)
                scored.append((point, evaluation))
                epochs += round.fidelity
                seconds += evaluation.cost
            }
            let ranked = rankDescending(scored)
            let isLast = index == plan.count - 1
            let keep = isLast ? 1 : keepRule.survivors(of: alive.count, eta: eta)
            alive = ranked.prefix(keep).map(\.point)
            selected = ranked.first
            rounds.append(.init(candidates: scored.count, fidelity: round.fidelity, survivors: keep))
        }
        return SelectionResult(selected: selected?.point ?? first, selectedEvaluation: selected?.evaluation,
                               epochs: epochs, seconds: seconds, rounds: rounds)
    }
}
