/// Something that evaluates a point at a fidelity and returns value(s) and a cost in seconds.
///
/// `fidelity` is a resource level such as training epochs; `nil` means the objective's full
/// fidelity. Implementations: ``LookupObjective`` (recorded results), ``ClosureObjective``
/// (surrogates, cost models, real training runs from other modules).
public protocol Objective<Point>: Sendable {
    /// The points this objective evaluates.
    associatedtype Point: Hashable & Sendable

    /// Evaluates `point` at `fidelity` (nil: full fidelity).
    func evaluate(_ point: Point, fidelity: Int?) throws -> Evaluation
}

extension Objective {
    /// Evaluates `point` at full fidelity.
    public func evaluate(_ point: Point) throws -> Evaluation {
        try evaluate(point, fidelity: nil)
    }
}
