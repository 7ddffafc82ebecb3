import Diagnostics

/// A failure the harness reports as one clear line and a non-zero exit.
public enum HarnessError: ReproError, Equatable {
    /// An input file does not exist.
    case missingInput(path: String, hint: String)
    /// An input file exists but cannot be read as expected.
    case malformedInput(path: String, location: String, reason: String)
    /// No experiment has this id.
    case unknownExperiment(id: String, known: [String])
    /// A `--set` override or a config value is bad, written `setting: reason`
    /// (e.g. `--set epochs=0: out of range; valid range 1...100`).
    case badOverride(String)
    /// An experiment's declaration is inconsistent (claims, target, upstream), written
    /// `subject: reason`.
    case invalidExperiment(String)
    /// The run itself failed.
    case runFailed(id: String, reason: String)

    /// The input, the experiment, the setting or the run that failed.
    public var subject: String {
        switch self {
        case .missingInput(let path, _):
            return "missing input \(path)"
        case .malformedInput(let path, let location, _):
            return location.isEmpty ? path : "\(path):\(location)"
        case .unknownExperiment(let id, _):
            return "unknown experiment '\(id)'"
        case .badOverride(let message):
            return Self.split(message, otherwise: "--set").subject
        case .invalidExperiment(let message):
            return Self.split(message, otherwise: "experiment").subject
        case .runFailed(let id, _):
            return "\(id) failed"
        }
    }

    public var reason: String {
        switch self {
        case .missingInput(_, let hint):
            return hint
        case .malformedInput(_, _, let reason):
            return reason
        case .unknownExperiment(let id, let known):
            let suggestions = known.filter { $0.contains(id) || id.contains($0) }
            return suggestions.isEmpty
                ? "run `repro list` to see the \(known.count) experiments"
                : "did you mean \(suggestions.joined(separator: ", "))?"
        case .badOverride(let message):
            return Self.split(message, otherwise: "--set").reason
        case .invalidExperiment(let message):
            return Self.split(message, otherwise: "experiment").reason
        case .runFailed(_, let reason):
            return reason
        }
    }

    /// A `subject: reason` message split at its first `": "`; a message without one is all
    /// reason, about `otherwise`.
    private static func split(_ message: String, otherwise: String) -> (subject: String, reason: String) {
        guard let colon = message.range(of: ": ") else { return (otherwise, message) }
        return (String(message[..<colon.lowerBound]), String(message[colon.upperBound...]))
    }
}
