/// A problem fitting, loading or using a surrogate model; descriptions are one line.
public enum SurrogateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A hyperparameter is out of range: name and reason.
    case invalidParameter(String, String)
    /// Training or validation data is malformed.
    case invalidData(String)
    /// A saved model could not be read: file (or source) and reason.
    case invalidModel(String, String)

    /// One line naming what is wrong.
    public var description: String {
        switch self {
        case .invalidParameter(let name, let reason): return "parameter \(name): \(reason)"
        case .invalidData(let reason): return "invalid data: \(reason)"
        case .invalidModel(let source, let reason):
            return "\(source): " + reason.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
    }
}
