/// One step of an anytime trace: the state of a run right after an evaluation.
public struct TracePoint<Point: Hashable & Sendable>: Hashable, Sendable {
    /// Simulated seconds elapsed when the evaluation finished.
    public var clock: Double
    /// Evaluations counted so far, including this one.
    public var evaluations: Int
    /// The point just evaluated.
    public var point: Point
    /// The fidelity it was evaluated at (nil: full).
    public var fidelity: Int?
    /// The value it obtained.
    public var value: Double
    /// The best point so far (the incumbent), or nil before the first incumbent-updating evaluation.
    public var incumbent: Point?
    /// The incumbent's value (best so far), or `-infinity` when there is no incumbent yet.
    public var bestValue: Double

    /// Creates a trace point.
    public init(clock: Double, evaluations: Int, point: Point, fidelity: Int?, value: Double,
                incumbent: Point?, bestValue: Double) {
        self.clock = clock
        self.evaluations = evaluations
        self.point = point
        self.fidelity = fidelity
        self.value = value
        self.incumbent = incumbent
        self.bestValue = bestValue
    }
}
