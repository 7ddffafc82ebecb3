import Randomness
import SparseData

/// The TRAILS tabular MLP: embedding, 4 × (Linear → BatchNorm1d → ReLU), Linear → 2 logits.
///
/// Each row of `fields` sparse `id:value` pairs is embedded (10 numbers per
/// feature id, multiplied by the value) and flattened to `fields × 10` inputs.
/// Every hidden layer is Linear → BatchNorm1d (ε = 1e-5, momentum 0.1) → ReLU
/// (dropout 0). Initialisation: embedding xavier-uniform, U(±√(6/(features+10)));
/// Linear weights Kaiming-uniform U(±√(6/fan_in)); Linear biases 0; BN γ = 1, β = 0.
///
/// All trainable numbers live in one flat `parameters` vector (embedding table,
/// then per layer: weight `out × in` row-major, bias, and for hidden layers γ, β).
public struct MLP: Sendable, Equatable {
    /// The hidden widths.
    public let architecture: MLPArchitecture
    /// Sparse pairs per row.
    public let fields: Int
    /// The size of the feature-id vocabulary (ids must be `< features`).
    public let features: Int
    /// Embedding numbers per feature (10 in TRAILS).
    public let embeddingSize: Int
    /// Output logits (2).
    public let classes: Int
    /// Every trainable number, in the layout described above.
    public var parameters: [Float]
    /// BatchNorm running means of every hidden channel, followed by their running variances.
    public var runningStatistics: [Float]
    let layout: ParameterLayout

    /// BatchNorm ε.
    static let epsilon: Double = 1e-5
    /// BatchNorm running-statistics momentum.
    static let momentum: Double = 0.1

    /// A freshly initialised network.
    public init(
        architecture: MLPArchitecture, fields: Int, features: Int, embeddingSize: Int = 10, classes: Int = 2,
        generator: inout SeededGenerator
    ) {
        self.architecture = architecture
        self.fields = fields
        self.features = features
        self.embeddingSize = embeddingSize
        self.classes = classes
        let layout = ParameterLayout(fields: fields, features: features, embeddingSize: embeddingSize,
                                     hidden: architecture.widths, classes: classes)
        self.layout = layout
        var parameters = [Float](repeating: 0, count: layout.count)
        let embeddingBound = (6.0 / Double(features + embeddingSize)).squareRoot()
        for i in 0..<layout.embeddingCount {
            parameters[i] = Float((2 * generator.nextUnit() - 1) * embeddingBound)
        }
        for layer in layout.layers {
            let bound = (6.0 / Double(layer.inputs)).squareRoot()
            for i in layer.weight..<(layer.weight + layer.inputs * layer.outputs) {
                parameters[i] = Float((2 * generator.nextUnit() - 1) * bound)
            }
            if layer.isHidden {
                for i in layer.gamma..<(layer.gamma + layer.outputs) { parameters[i] = 1 }
            }
        }
        self.parameters = parameters
        self.runningStatistics = [Float](repeating: 0, count: layout.channels) + [Float](repeating: 1, count: layout.channels)
    }

    /// The number of trainable parameters.
    public var parameterCount: Int { layout.count }

    /// Checks that `data` fits this network (field count and feature ids) and that the
    /// parameter vectors still have the layout's sizes.
    public func validate(_ data: LibSVMDataset, name: String) throws(NumericsError) {
        guard parameters.count == layout.count, runningStatistics.count == 2 * layout.channels else {
            throw NumericsError("MLP \(architecture)", "expected \(layout.count) parameters and \(2 * layout.channels) running statistics, "
                                + "found \(parameters.count) and \(runningStatistics.count)")
        }
        guard data.fields == fields else {
            throw NumericsError(name, "rows have \(data.fields) fields but the network expects \(fields)")
        }
        if let bad = data.featureIDs.firstIndex(where: { $0 < 0 || Int($0) >= features }) {
            throw NumericsError(name, "row \(bad / fields + 1) has feature id \(data.featureIDs[bad]), outside 0..<\(features)")
        }
    }
}
