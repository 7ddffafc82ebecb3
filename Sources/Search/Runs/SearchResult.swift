/// What a search run returns: its trace, its best point and how it stopped.
public struct SearchResult<Point: Hashable & Sendable>: Hashable, Sendable {
    /// One point per evaluation.
    public var trace: AnytimeTrace<Point>
    /// The best point found (the final incumbent), or nil when nothing was evaluated.
    public var best: Point?
    /// The best point's evaluation.
    public var bestEvaluation: Evaluation?
    /// The number of evaluations counted.
    public var evaluations: Int
    /// Simulated seconds used (equal to the simulated-time limit when that limit stopped the run).
    public var clock: Double
    /// Why the run stopped.
    public var stopReason: StopReason

    /// Creates a result.
    public init(trace: AnytimeTrace<Point>, best: Point?, bestEvaluation: Evaluation?,
                evaluations: Int, clock: Double, stopReason: StopReason) {
        self.trace = trace
        self.best = best
        self.bestEvaluation = bestEvaluation
        self.evaluations = evaluations
        self.clock = clock
        self.stopReason = stopReason
    }
}
