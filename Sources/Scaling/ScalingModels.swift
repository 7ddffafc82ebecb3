import Datasets
import Foundation

/// The latency and memory models of one platform, loaded from the released files,
/// and the evaluation of a state under them.
public struct ScalingModels: Sendable {
    /// Latency and memory of one state.
    public struct Evaluation: Sendable, Hashable {
        /// The network built.
        public var network: ScaledNetwork
        /// Latency in seconds.
        public var latency: Double
        /// Memory in MB.
        public var memory: Double
        /// Modules the latency MLP predicted (not in the table).
        public var predictedModules: Int
    }

    /// The latency model.
    public var latency: LatencyModel

    /// Builds the models for `platform`/`device` from loaded released data.
    public init(platform: String, device: String, table: [NetworkScaling.LatencyTableEntry],
                predictors: [String: NetworkScaling.LatencyPredictorWeights]) throws(ScalingError) {
        latency = try LatencyModel(platform: platform, device: device, table: table, predictors: predictors)
    }

    /// Latency and memory of `state`.
    public func evaluate(_ state: ScalingState) -> Evaluation {
        let network = ScaledNetwork(state: state)
        let estimate = latency.estimate(network)
        return Evaluation(network: network, latency: estimate.seconds,
                          memory: MemoryModel.megabytes(of: network), predictedModules: estimate.predictedCount)
    }

    /// `value` rounded half-away-from-zero to `decimals` places (the README's precision).
    public static func rounded(_ value: Double, decimals: Int) -> Double {
        let scale = pow(10, Double(decimals))
        return (value * scale).rounded() / scale
    }

    /// The number of decimals printed in `text` (`"91.7"` → 1).
    public static func decimals(of text: String) -> Int {
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: dot, to: text.endIndex) - 1
    }
}
