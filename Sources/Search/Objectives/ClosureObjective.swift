/// An objective backed by a closure: plug in a surrogate, a cost model or a training run.
///
/// ```swift
/// let objective = ClosureObjective<CategoricalPoint> { point, epochs in
///     Evaluation(value: surrogate.predict(space.features(of: point)), cost: 30)
/// }
/// ```
public struct ClosureObjective<Point: Hashable & Sendable>: Objective {
    /// The evaluation function.
    public let body: @Sendable (Point, Int?) throws -> Evaluation

    /// Wraps a function of the point and the fidelity.
    public init(_ body: @escaping @Sendable (Point, Int?) throws -> Evaluation) {
        self.body = body
    }

    /// Wraps a fidelity-free value function with a constant cost per evaluation.
    public init(cost: Double = 0, value: @escaping @Sendable (Point) throws -> Double) {
        self.body = { point, _ in Evaluation(value: try value(point), cost: cost) }
    }

    /// Calls the wrapped function.
    public func evaluate(_ point: Point, fidelity: Int?) throws -> Evaluation {
        try body(point, fidelity)
    }
}
