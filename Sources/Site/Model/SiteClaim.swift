/// A number the paper reports, next to the number the reproduction computed.
public struct SiteClaim: Sendable, Codable, Equatable {
    /// The key of the computed number, e.g. `mean_accuracy_tpu`.
    public var key: String
    /// What the number is, in words.
    public var description: String
    /// The value the paper reports.
    public var paperValue: Double
    /// The value the latest run computed, if it ran.
    public var reproducedValue: Double?
    /// The unit, e.g. `%` or `ms`, if any.
    public var unit: String?
    /// Digits after the point that show a difference of one tolerance, when six significant
    /// digits do not (e.g. 4 for `11098.05 ± 0.005`); nil: six significant digits.
    public var decimals: Int?
    /// The tolerance in words, e.g. `±0.5` or `±2 %`.
    public var tolerance: String
    /// Reproduced minus paper value, if it ran.
    public var delta: Double?
    /// The judgement.
    public var verdict: SiteVerdict
    /// Where in the paper the number is, e.g. `Table 2, row TPUv3`.
    public var location: String
    /// Why the claim misses, or why it is not reproducible here.
    public var explanation: String?
    /// How our number was obtained.
    public var evidence: SiteEvidence
    /// What kind of number the paper value is; ``location`` says where it comes from.
    public var sourceKind: SiteSourceKind
    /// What the tolerance rests on, in words (e.g. `printed precision`), if stated.
    public var basis: String?

    /// Creates a claim.
    public init(
        key: String, description: String, paperValue: Double, reproducedValue: Double? = nil,
        unit: String? = nil, decimals: Int? = nil, tolerance: String, delta: Double? = nil, verdict: SiteVerdict,
        location: String, explanation: String? = nil, evidence: SiteEvidence = .recomputed,
        sourceKind: SiteSourceKind = .paper, basis: String? = nil
    ) {
        self.evidence = evidence
        self.sourceKind = sourceKind
        self.basis = basis
        self.key = key
        self.description = description
        self.paperValue = paperValue
        self.reproducedValue = reproducedValue
        self.unit = unit
        self.decimals = decimals
        self.tolerance = tolerance
        self.delta = delta
        self.verdict = verdict
        self.location = location
        self.explanation = explanation
    }
}
