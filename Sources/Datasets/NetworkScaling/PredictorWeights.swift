import Diagnostics
import Foundation

extension NetworkScaling {
    /// One dense layer of a released MLP: `y = weight · x + bias`, weight stored [out][in].
    public struct DenseLayerWeights: Sendable, Hashable, Codable {
        /// The weight matrix, one row per output.
        public var weight: [[Double]]
        /// The bias, one per output.
        public var bias: [Double]
    }

    /// One fallback latency MLP with its min/max input normalisation.
    public struct LatencyPredictorWeights: Sendable, Hashable, Codable {
        /// Per-feature minimum of the training inputs.
        public var xMin: [Double]
        /// Per-feature maximum of the training inputs.
        public var xMax: [Double]
        /// The layers, input first; ReLU between all but the last.
        public var layers: [DenseLayerWeights]

        enum CodingKeys: String, CodingKey {
            case xMin = "x_min", xMax = "x_max", layers
        }
    }

    /// Loads the 20 predictors keyed `<platform>_<cpu|gpu>/block_<k>`.
    public static func loadPredictorWeights(from url: URL) throws -> [String: LatencyPredictorWeights] {
        try parsePredictorWeights(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses the predictor-weights JSON and checks every layer's shape.
    public static func parsePredictorWeights(
        _ data: Data, file: String
    ) throws(LoadError) -> [String: LatencyPredictorWeights] {
        try ReleasedFile.namedValues(LatencyPredictorWeights.self, under: "models", from: data, file: file) {
            name, model throws(LoadError) in try checkShapes(model, name: name, file: file)
        }
    }

    private static func checkShapes(
        _ model: LatencyPredictorWeights, name: String, file: String
    ) throws(LoadError) {
        guard model.xMin.count == model.xMax.count, !model.layers.isEmpty else {
            throw LoadError(file: file, key: "models.\(name)", reason: "x_min/x_max lengths differ or no layers")
        }
        var width = model.xMin.count
        for (index, layer) in model.layers.enumerated() {
            let key = "models.\(name).layers[\(index)]"
            guard layer.weight.count == layer.bias.count, layer.weight.allSatisfy({ $0.count == width }) else {
                throw LoadError(file: file, key: key, reason: "weight is not \(layer.bias.count)×\(width)")
            }
            width = layer.bias.count
        }
        guard width == 1 else {
            throw LoadError(file: file, key: "models.\(name)", reason: "last layer has \(width) outputs, expected 1")
        }
    }
}
