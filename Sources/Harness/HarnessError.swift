/// A failure the harness reports as one clear line and a non-zero exit.
public enum HarnessError: Error, Equatable, CustomStringConvertible {
    /// An input file does not exist.
    case missingInput(path: String, hint: String)
    /// An input file exists but cannot be read as expected.
    case malformedInput(path: String, location: String, reason: String)
    /// No experiment has this id.
    case unknownExperiment(id: String, known: [String])
    /// A `--set` override names a key the config does not have, or a bad value.
    case badOverride(String)
    /// An experiment's declaration is inconsistent (claims, target, upstream).
    case invalidExperiment(String)
    /// The run itself failed.
    case runFailed(id: String, reason: String)

    public var description: String {
        switch self {
        case .missingInput(let path, let hint):
            return "missing input \(path): \(hint)"
        case .malformedInput(let path, let location, let reason):
            return "\(path)\(location.isEmpty ? "" : ":\(location)"): \(reason)"
        case .unknownExperiment(let id, let known):
            let suggestions = known.filter { $0.contains(id) || id.contains($0) }
            let hint = suggestions.isEmpty
                ? "run `repro list` to see the \(known.count) experiments"
                : "did you mean \(suggestions.joined(separator: ", "))?"
            return "unknown experiment '\(id)': \(hint)"
        case .badOverride(let message):
            return message
        case .invalidExperiment(let message):
            return message
        case .runFailed(let id, let reason):
            return "\(id) failed: \(reason)"
        }
    }
}
