/// Where one Linear layer (and its BatchNorm, for hidden layers) lives in the flat parameter vector.
struct DenseLayerLayout: Sendable, Hashable {
    var inputs: Int
    var outputs: Int
    /// Offset of the `outputs × inputs` row-major weight (PyTorch layout).
    var weight: Int
    var bias: Int
    /// BatchNorm scale and shift offsets; -1 for the output layer.
    var gamma: Int
    var beta: Int
    /// Offset of this layer's running mean in the statistics vector (the variance follows the means).
    var statistics: Int
    var isHidden: Bool { gamma >= 0 }
}

/// The flat parameter layout: the embedding table first, then each layer.
struct ParameterLayout: Sendable, Hashable {
    let fields: Int
    let features: Int
    let embeddingSize: Int
    let layers: [DenseLayerLayout]
    /// Total trainable parameters.
    let count: Int
    /// Total BatchNorm channels (running means; the variances are stored after them).
    let channels: Int

    var embeddingCount: Int { features * embeddingSize }
    var inputWidth: Int { fields * embeddingSize }
    var hiddenCount: Int { layers.count - 1 }
    var maxWidth: Int { layers.map { max($0.inputs, $0.outputs) }.max() ?? 0 }

    init(fields: Int, features: Int, embeddingSize: Int, hidden: [Int], classes: Int) {
        self.fields = fields
        self.features = features
        self.embeddingSize = embeddingSize
        var offset = features * embeddingSize
        var channels = 0
        var layers: [DenseLayerLayout] = []
        var inputs = fields * embeddingSize
        for (index, outputs) in (hidden + [classes]).enumerated() {
            let hiddenLayer = index < hidden.count
            var layer = DenseLayerLayout(inputs: inputs, outputs: outputs, weight: offset, bias: offset + inputs * outputs,
                                         gamma: -1, beta: -1, statistics: -1)
            offset += inputs * outputs + outputs
            if hiddenLayer {
                layer.gamma = offset
                layer.beta = offset + outputs
                layer.statistics = channels
                offset += 2 * outputs
                channels += outputs
            }
            layers.append(layer)
            inputs = outputs
        }
        self.layers = layers
        self.count = offset
        self.channels = channels
    }
}
