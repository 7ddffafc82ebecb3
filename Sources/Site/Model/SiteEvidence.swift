/// How the number compared with the paper's was obtained.
public enum SiteEvidence: String, Sendable, Codable, Equatable, CaseIterable {
    /// Our engines computed it (training, fitting, search, simulation).
    case recomputed
    /// Aggregated from the authors' released result files.
    case replot
    /// A threshold we set ourselves; no number of the paper is compared.
    case bar

    /// The short word in the claims table.
    public var label: String {
        switch self {
        case .recomputed: "recomputed"
        case .replot: "replot"
        case .bar: "our bar"
        }
    }

    /// The words that lead a count of this kind, e.g. `Recomputed by our engines`.
    public var headline: String {
        switch self {
        case .recomputed: "Recomputed by our engines"
        case .replot: "Replotted from the authors' released results"
        case .bar: "Bars we set ourselves"
        }
    }
}

/// What kind of number a claim's paper value is.
public enum SiteSourceKind: String, Sendable, Codable, Equatable, CaseIterable {
    /// Printed by the authors: text, table or repository README.
    case paper
    /// Read off a released figure or draft image.
    case figure
    /// Computed by us from the authors' released files; not a number they printed.
    case derived
    /// A threshold of ours.
    case ours

    /// The source column's text for a claim whose `where` is `location`.
    public func describe(_ location: String) -> String {
        let place = location.isEmpty ? "" : location
        switch self {
        case .paper: return place.isEmpty ? "paper" : "paper: \(place)"
        case .figure: return place.isEmpty ? "read off a figure" : "read off a figure: \(place)"
        case .derived: return place.isEmpty ? "derived by us" : "derived by us from \(place)"
        case .ours: return place.isEmpty ? "a bar we set" : "a bar we set: \(place)"
        }
    }
}
