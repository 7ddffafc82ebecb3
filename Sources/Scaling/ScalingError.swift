/// A problem setting up a scaling model; its description is one line.
public enum ScalingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The predictor weights have no model with this name.
    case missingPredictor(String)

    /// One line naming what is missing.
    public var description: String {
        switch self {
        case .missingPredictor(let name):
            return "latency_predictor_mlp_weights.json: key 'models.\(name)': missing latency predictor"
        }
    }
}
