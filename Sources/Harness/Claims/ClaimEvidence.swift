/// How the number we compare with the paper's was obtained.
public enum Evidence: String, Codable, Sendable, CaseIterable {
    /// Our engines computed it from raw data, surrogates or our own benchmark
    /// (training, fitting, search, simulation).
    case recomputed
    /// Aggregated from the authors' released result files.
    case replot
    /// A threshold we set ourselves; no number of the paper is compared.
    case bar
}

/// What kind of number a claim's paper value is.
public enum SourceKind: String, Codable, Sendable, CaseIterable {
    /// Printed by the authors: the paper's text or a table, or their repository README.
    case paper
    /// Read off a released figure or draft image; ``Claim/where`` says which.
    case figure
    /// Computed by us from the authors' released files: not a number the authors printed.
    case derived
    /// A threshold of ours (the value of a ``Evidence/bar`` claim).
    case ours
}

/// What a claim's tolerance rests on.
public enum ToleranceBasis: String, Codable, Sendable, CaseIterable {
    /// Half a unit of the last digit the source prints.
    case printedPrecision = "printed_precision"
    /// The measured spread of our value over at least 5 seeds (``Claim/why`` gives it).
    case seedVariation = "seed_variation"
    /// The measured spread over repeats of a timing on this machine (``Claim/why`` gives it).
    case timingNoise = "timing_noise"
    /// A stated difference between our data and the authors' (``Claim/why`` says what and how much).
    case dataDifference = "data_difference"
    /// An exact comparison: a count, an identity or an ordering, with no tolerance.
    case exact
}
