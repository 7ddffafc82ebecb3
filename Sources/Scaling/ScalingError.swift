import Diagnostics

/// A problem setting up a scaling model, on one line.
public enum ScalingError: ReproError, Equatable {
    /// The predictor weights have no model with this name.
    case missingPredictor(String)

    /// The file the missing model was looked up in.
    public var subject: String {
        switch self {
        case .missingPredictor: return "latency_predictor_mlp_weights.json"
        }
    }

    public var reason: String {
        switch self {
        case .missingPredictor(let name): return "key 'models.\(name)': missing latency predictor"
        }
    }
}
