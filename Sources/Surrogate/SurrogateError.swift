import Diagnostics

/// A problem fitting, loading or using a surrogate model, on one line.
public enum SurrogateError: ReproError, Equatable {
    /// A hyperparameter is out of range: name and reason.
    case invalidParameter(String, String)
    /// Training or validation data is malformed.
    case invalidData(String)
    /// A saved model could not be read: file (or source) and reason.
    case invalidModel(String, String)

    /// The parameter, `invalid data`, or the model's file.
    public var subject: String {
        switch self {
        case .invalidParameter(let name, _): return "parameter \(name)"
        case .invalidData: return "invalid data"
        case .invalidModel(let source, _): return source
        }
    }

    public var reason: String {
        switch self {
        case .invalidParameter(_, let reason), .invalidData(let reason), .invalidModel(_, let reason):
            return reason
        }
    }
}

extension SurrogateError {
    /// Throws ``invalidParameter(_:_:)`` naming `name` with `reason` unless `holds`.
    static func require(_ holds: Bool, _ name: String, _ reason: @autoclosure () -> String) throws(SurrogateError) {
        if !holds { throw SurrogateError.invalidParameter(name, reason()) }
    }
}
