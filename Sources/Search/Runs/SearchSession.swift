/// The evaluation loop every algorithm runs through: it charges the budget, advances the
/// simulated clock, tracks the incumbent and records the anytime trace.
///
/// Use it to write a custom search (e.g. a paper's own RL policy) with the same traces:
/// ```swift
/// var session = SearchSession(objective: objective, budget: .simulatedSeconds(3600))
/// while let evaluation = try session.evaluate(nextPoint()) { … }
/// let result = session.result()
/// ```
public struct SearchSession<O: Objective> {
    /// The objective being searched.
    public let objective: O
    /// The limits of the run.
    public let budget: Budget
    /// The simulated clock.
    public internal(set) var clock = SimulatedClock()
    /// Evaluations counted so far.
    public private(set) var evaluations = 0
    /// The trace so far.
    public private(set) var trace = AnytimeTrace<O.Point>()
    /// The incumbent: the best point among incumbent-updating evaluations.
    public private(set) var best: O.Point?
    /// The incumbent's evaluation.
    public private(set) var bestEvaluation: Evaluation?
    /// Why the session stopped, once it has.
    public internal(set) var stopReason: StopReason?
    private let wallStart: ContinuousClock.Instant

    /// Starts a session (the wall clock starts now).
    public init(objective: O, budget: Budget) {
        self.objective = objective
        self.budget = budget
        self.wallStart = ContinuousClock.now
        trace.points.reserveCapacity(min(budget.evaluations ?? 1024, 1 << 20))
    }

    /// Whether the budget is spent; once true, ``evaluate(_:fidelity:updatesIncumbent:)`` returns nil.
    public mutating func isExhausted() -> Bool {
        if stopReason != nil { return true }
        if let limit = budget.evaluations, evaluations >= limit {
            stopReason = .evaluations
        } else if let limit = budget.simulatedSeconds, clock.now >= limit {
            stopReason = .simulatedTime
        } else if let limit = budget.wallSeconds, wallElapsed() >= limit {
            stopReason = .wallTime
        }
        return stopReason != nil
    }

    /// Evaluates `point` if the budget allows and records it; nil once the budget is spent.
    ///
    /// An evaluation that would end past the simulated-time limit is discarded: the clock is
    /// set to the limit and nil is returned. With `updatesIncumbent` false (a low-fidelity
    /// probe) the evaluation is charged and traced but cannot become the incumbent.
    public mutating func evaluate(_ point: O.Point, fidelity: Int? = nil,
                                  updatesIncumbent: Bool = true) throws -> Evaluation? {
        if isExhausted() { return nil }
        let evaluation = try objective.evaluate(point, fidelity: fidelity)
        if let limit = budget.simulatedSeconds, clock.now + max(evaluation.cost, 0) > limit {
            clock.advance(by: limit - clock.now)
            stopReason = .simulatedTime
            return nil
        }
        clock.advance(by: evaluation.cost)
        record(point, evaluation, fidelity: fidelity, updatesIncumbent: updatesIncumbent)
        return evaluation
    }

    /// Counts and traces a finished evaluation (the clock has already advanced).
    mutating func record(_ point: O.Point, _ evaluation: Evaluation, fidelity: Int?, updatesIncumbent: Bool) {
        evaluations += 1
        if updatesIncumbent, evaluation.value > (bestEvaluation?.value ?? -.infinity) || best == nil {
            best = point
            bestEvaluation = evaluation
        }
        trace.points.append(TracePoint(
            clock: clock.now, evaluations: evaluations, point: point, fidelity: fidelity,
            value: evaluation.value, incumbent: best, bestValue: bestEvaluation?.value ?? -.infinity))
    }

    /// Marks the run as finished by the algorithm itself (unless a limit already stopped it).
    public mutating func finish() {
        if stopReason == nil { stopReason = .completed }
    }

    /// The run's result so far.
    public func result() -> SearchResult<O.Point> {
        SearchResult(trace: trace, best: best, bestEvaluation: bestEvaluation,
                     evaluations: evaluations, clock: clock.now, stopReason: stopReason ?? .completed)
    }

    private func wallElapsed() -> Double {
        let elapsed = ContinuousClock.now - wallStart
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}

extension Budget {
    /// Throws unless some limit is set; `algorithm` names the caller in the message.
    func requireLimited(_ algorithm: String) throws {
        guard isLimited else {
            throw SearchError.invalidConfiguration("\(algorithm): the budget sets no limit, the run would never stop")
        }
    }
}
