/// What a fidelity allocator (successive halving, successive rejects, UNIFORM) returns.
public struct SelectionResult<Point: Hashable & Sendable>: Hashable, Sendable {
    /// One round of training: how many candidates, at which fidelity, how many survived.
    public struct Round: Hashable, Sendable {
        /// Candidates trained in this round.
        public var candidates: Int
        /// Epochs (fidelity) each was trained for.
        public var fidelity: Int
        /// Candidates kept for the next round.
        public var survivors: Int
    }

    /// The selected candidate.
    public var selected: Point
    /// The selected candidate's last evaluation (nil when it was never trained, e.g. K = 1).
    public var selectedEvaluation: Evaluation?
    /// Total epochs charged: the sum of the fidelity of every evaluation (each trains from scratch).
    public var epochs: Int
    /// Total simulated seconds: the sum of the evaluations' costs.
    public var seconds: Double
    /// The rounds, in order.
    public var rounds: [Round]
}
