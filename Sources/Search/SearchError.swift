import Diagnostics

/// An error from the search engine, on one line naming the component and the reason.
public enum SearchError: ReproError, Equatable {
    /// A parameter or input is out of range, e.g. `RegularizedEvolution: sampleSize 0 must be >= 1`.
    case invalidConfiguration(String)
    /// A lookup objective has no record for a key (described) at a fidelity.
    case missingRecord(key: String, fidelity: Int?)
    /// A budget is too small for even the cheapest plan.
    case budgetTooSmall(String)

    /// `Search`, or `LookupObjective` for a missing record.
    public var subject: String {
        switch self {
        case .invalidConfiguration, .budgetTooSmall: return "Search"
        case .missingRecord: return "LookupObjective"
        }
    }

    public var reason: String {
        switch self {
        case .invalidConfiguration(let reason):
            return "invalid configuration: \(reason)"
        case .missingRecord(let key, let fidelity):
            let at = fidelity.map { " at fidelity \($0)" } ?? ""
            return "no record for key \(key)\(at)"
        case .budgetTooSmall(let reason):
            return "budget too small: \(reason)"
        }
    }
}
