import Diagnostics
import Foundation

extension NetworkScaling {
    /// The training data of one latency predictor: feature rows and measured µs.
    public struct PredictorTrainingSet: Sendable, Hashable, Codable {
        /// Feature rows (see ``LatencyFeatures``).
        public var data: [[Double]]
        /// Measured latency of each row in microseconds.
        public var latency: [Double]
    }

    /// Loads the training sets keyed `<platform>/<device>/block_<k>` (or `root/block_<k>`).
    public static func loadPredictorTraining(from url: URL) throws -> [String: PredictorTrainingSet] {
        try parsePredictorTraining(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses the training JSON; rows and latencies must pair up.
    public static func parsePredictorTraining(
        _ data: Data, file: String
    ) throws(LoadError) -> [String: PredictorTrainingSet] {
        try ReleasedFile.namedValues(PredictorTrainingSet.self, under: "sets", from: data, file: file) {
            name, set throws(LoadError) in
            guard set.data.count == set.latency.count else {
                throw LoadError(
                    file: file, key: "sets.\(name)",
                    reason: "\(set.data.count) feature rows but \(set.latency.count) latencies")
            }
        }
    }
}
