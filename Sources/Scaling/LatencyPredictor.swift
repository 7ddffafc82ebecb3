import Datasets

/// One fallback latency MLP: min/max-normalised inputs, dense layers with ReLU
/// between them, output in microseconds.
///
/// The forward pass is a few hundred multiply-adds, written as plain loops.
public struct LatencyPredictor: Sendable, Hashable {
    /// The released weights.
    public var weights: NetworkScaling.LatencyPredictorWeights

    /// Wraps released weights.
    public init(weights: NetworkScaling.LatencyPredictorWeights) {
        self.weights = weights
    }

    /// The predicted latency in µs for raw (unnormalised) features.
    public func microseconds(_ features: [Double]) -> Double {
        var x = zip(features, zip(weights.xMin, weights.xMax)).map { value, range in
            (value - range.0) / (range.1 - range.0)
        }
        for (index, layer) in weights.layers.enumerated() {
            var y = layer.bias
            for row in 0..<y.count {
                var sum = 0.0
                let w = layer.weight[row]
                for column in 0..<x.count { sum += w[column] * x[column] }
                y[row] += sum
            }
            if index < weights.layers.count - 1 { y = y.map { max($0, 0) } }
            x = y
        }
        return x.first ?? .nan
    }
}
