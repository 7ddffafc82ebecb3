/// The coordinator's answer: how many candidates to score (N), keep (K) and from which U to refine.
public struct TwoPhasePlan: Hashable, Sendable {
    /// N, the candidates the filtering phase scores.
    public var scored: Int
    /// K, the candidates kept for refinement (1 for a filtering-only plan).
    public var kept: Int
    /// U, the refinement's starting epochs (nil for a filtering-only plan).
    public var minimumFidelity: Int?
    /// N × t1.
    public var filteringSeconds: Double
    /// SH_epochs(K, U), 0 for a filtering-only plan.
    public var refinementEpochs: Int
    /// SH_epochs(K, U) × t2.
    public var refinementSeconds: Double

    /// Whether the budget only allows filtering (no refinement).
    public var isFilteringOnly: Bool { minimumFidelity == nil }

    /// The plan's total predicted seconds.
    public var totalSeconds: Double { filteringSeconds + refinementSeconds }
}
