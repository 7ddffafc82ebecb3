/// The summary verdict of an experiment, shown as a badge.
public enum SiteOverallVerdict: String, Sendable, Codable, Equatable, CaseIterable {
    /// Every judged claim passes.
    case allPass
    /// At least one claim misses.
    case someMiss
    /// The run was at smoke scale.
    case notJudged
    /// Every claim is marked not reproducible here.
    case notReproducible
    /// The run finished and the experiment declares no claims.
    case noClaims
    /// The latest run failed.
    case failed
    /// The experiment has never run.
    case notRun

    /// The words on the badge.
    public var label: String {
        switch self {
        case .allPass: "all claims pass"
        case .someMiss: "some claims miss"
        case .notJudged: "not judged (smoke)"
        case .notReproducible: "not reproducible here"
        case .noClaims: "ran, no claims"
        case .failed: "failed"
        case .notRun: "not run"
        }
    }

    /// The CSS class suffix of the badge.
    var cssClass: String {
        switch self {
        case .allPass: "pass"
        case .someMiss, .failed: "miss"
        case .notJudged, .noClaims: "neutral"
        case .notReproducible: "nr"
        case .notRun: "off"
        }
    }
}
