/// An objective that looks up recorded results, e.g. a tabular NAS benchmark.
///
/// Each key holds a learning curve: the evaluation after fidelity 1, 2, …, E (index
/// `fidelity - 1`). Full fidelity (`nil`) is the last entry. Fidelities beyond the curve are
/// clamped to its end; fidelities below 1 or unknown keys throw ``SearchError/missingRecord(key:fidelity:)``.
public struct LookupObjective<Point: Hashable & Sendable>: Objective {
    /// The recorded curves by key.
    public let curves: [Point: [Evaluation]]

    /// Creates an objective from recorded curves (a single-entry curve for fidelity-free data).
    public init(curves: [Point: [Evaluation]]) {
        self.curves = curves
    }

    /// Creates an objective from single recorded values, each with the same cost.
    public init(values: [Point: Double], cost: Double = 0) {
        self.curves = values.mapValues { [Evaluation(value: $0, cost: cost)] }
    }

    /// Creates an objective from per-epoch values where training `e` epochs costs
    /// `e × secondsPerEpoch` (each evaluation trains from scratch, as TRAILS accounts it).
    public init(learningCurves: [Point: [Double]], secondsPerEpoch: Double) {
        self.curves = learningCurves.mapValues { values in
            values.enumerated().map { Evaluation(value: $0.element, cost: Double($0.offset + 1) * secondsPerEpoch) }
        }
    }

    /// The longest recorded curve length (the maximum fidelity).
    public var maxFidelity: Int {
        curves.values.map(\.count).max() ?? 0
    }

    /// Looks up `point`'s curve at `fidelity` (nil: its last entry).
    public func evaluate(_ point: Point, fidelity: Int?) throws -> Evaluation {
        guard let curve = curves[point], let last = curve.last else {
            throw SearchError.missingRecord(key: String(describing: point), fidelity: fidelity)
        }
        guard let fidelity else { return last }
        guard fidelity >= 1 else {
            throw SearchError.missingRecord(key: String(describing: point), fidelity: fidelity)
        }
        return curve[min(fidelity, curve.count) - 1]
    }
}
