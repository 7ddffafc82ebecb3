/// An error from the search engine; its description is one line naming where and why.
public enum SearchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A parameter or input is out of range, e.g. `RegularizedEvolution: sampleSize 0 must be >= 1`.
    case invalidConfiguration(String)
    /// A lookup objective has no record for a key (described) at a fidelity.
    case missingRecord(key: String, fidelity: Int?)
    /// A budget is too small for even the cheapest plan.
    case budgetTooSmall(String)

    /// One line naming the component and the reason.
    public var description: String {
        switch self {
        case .invalidConfiguration(let reason):
            return "Search: invalid configuration: \(reason)"
        case .missingRecord(let key, let fidelity):
            let at = fidelity.map { " at fidelity \($0)" } ?? ""
            return "LookupObjective: no record for key \(key)\(at)"
        case .budgetTooSmall(let reason):
            return "Search: budget too small: \(reason)"
        }
    }
}
