extension Objective {
    /// An objective over another point type, evaluating `transform(point)` with this one.
    ///
    /// E.g. a lookup table keyed by architecture strings, searched over a categorical space:
    /// ```swift
    /// let objective = table.pulledBack { (point: CategoricalPoint) in space.labels(of: point).joined(separator: "-") }
    /// ```
    public func pulledBack<Other: Hashable & Sendable>(
        _ transform: @escaping @Sendable (Other) -> Point
    ) -> ClosureObjective<Other> {
        let base = self
        return ClosureObjective { point, fidelity in try base.evaluate(transform(point), fidelity: fidelity) }
    }
}
