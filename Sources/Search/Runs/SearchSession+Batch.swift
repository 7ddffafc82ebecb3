extension SearchSession {
    /// Evaluates `points` in parallel (e.g. annealing's 3 workers): the clock advances by the
    /// largest cost, and every point is traced at the batch's end time.
    ///
    /// Returns the evaluations of the prefix the budget allows: an evaluation limit truncates
    /// the batch, and a batch that would end past the simulated-time limit is discarded whole
    /// (the clock is set to the limit). Returns nil when nothing could be evaluated.
    public mutating func evaluate(batch points: [O.Point], fidelity: Int? = nil,
                                  updatesIncumbent: Bool = true) throws -> [Evaluation]? {
        if isExhausted() || points.isEmpty { return nil }
        let allowed = budget.evaluations.map { min(points.count, $0 - evaluations) } ?? points.count
        let batch = Array(points.prefix(allowed))
        let results = try batch.map { try objective.evaluate($0, fidelity: fidelity) }
        let duration = results.map { max($0.cost, 0) }.max() ?? 0
        if let limit = budget.simulatedSeconds, clock.now + duration > limit {
            clock.advance(by: limit - clock.now)
            stopReason = .simulatedTime
            return nil
        }
        clock.advance(by: duration)
        for (point, evaluation) in zip(batch, results) {
            record(point, evaluation, fidelity: fidelity, updatesIncumbent: updatesIncumbent)
        }
        return results
    }
}
