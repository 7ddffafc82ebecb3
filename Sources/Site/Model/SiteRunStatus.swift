/// The outcome of an experiment's latest run.
public enum SiteRunStatus: String, Sendable, Codable, Equatable, CaseIterable {
    /// The experiment has never run.
    case notRun
    /// The latest run finished.
    case ok
    /// The latest run stopped with an error.
    case failed

    /// The words shown on the site.
    public var label: String {
        switch self {
        case .notRun: "not run"
        case .ok: "ok"
        case .failed: "failed"
        }
    }
}
