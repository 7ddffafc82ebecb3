/// The judgement of one claim against the latest run.
public enum SiteVerdict: String, Sendable, Codable, Equatable, CaseIterable {
    /// The reproduced value is within tolerance of the paper's.
    case pass
    /// The reproduced value is outside tolerance.
    case miss
    /// The run was at smoke scale, where claims are not judged.
    case notJudged
    /// The claim cannot be reproduced on this machine or with this data (a reason is given).
    case notReproducible
    /// The experiment has not run, so there is no value to judge.
    case notRun

    /// The words shown on the site.
    public var label: String {
        switch self {
        case .pass: "pass"
        case .miss: "miss"
        case .notJudged: "not judged (smoke)"
        case .notReproducible: "not reproducible here"
        case .notRun: "not run"
        }
    }
}
