/// The outcome of two-phase selection: the filtered candidates and the refinement's choice.
public struct TwoPhaseResult<Point: Hashable & Sendable>: Hashable, Sendable {
    /// The selected candidate.
    public var selected: Point
    /// The K candidates the filtering phase kept, best score first.
    public var kept: [Point]
    /// N, the candidates scored.
    public var scored: Int
    /// The refinement's result (nil for filtering only).
    public var refinement: SelectionResult<Point>?
    /// N × t1.
    public var filteringSeconds: Double
    /// The refinement's epochs.
    public var refinementEpochs: Int { refinement?.epochs ?? 0 }
    /// The refinement's seconds (sum of evaluation costs).
    public var refinementSeconds: Double { refinement?.seconds ?? 0 }
    /// Total simulated seconds.
    public var totalSeconds: Double { filteringSeconds + refinementSeconds }
}
