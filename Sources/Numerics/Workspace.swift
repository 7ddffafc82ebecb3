/// How BatchNorm layers behave in a pass.
enum NormalizationMode: Sendable, Equatable {
    /// Batch statistics (PyTorch `train()`); optionally update the running statistics.
    case batch(updateRunning: Bool)
    /// Running statistics (PyTorch `eval()`).
    case running
    /// BatchNorm removed: the hidden layer is Linear → ReLU.
    case off
}

/// Scratch buffers for one batch size: activations, their gradients and the batch input.
final class Workspace<S: BLASScalar> {
    let layout: ParameterLayout
    let capacity: Int
    /// The embedded input, `capacity × inputWidth`.
    let input: UnsafeMutablePointer<S>
    let inputGradient: UnsafeMutablePointer<S>
    /// The batch's feature ids and values (for the embedding backward) and class targets.
    let ids: UnsafeMutablePointer<Int32>
    let values: UnsafeMutablePointer<S>
    let targets: UnsafeMutablePointer<Int32>
    /// Per layer: Linear output and its gradient (the last layer's are the logits).
    let pre: [UnsafeMutablePointer<S>]
    let preGradient: [UnsafeMutablePointer<S>]
    /// Per hidden layer: normalised values, ReLU outputs and their gradient.
    let normalized: [UnsafeMutablePointer<S>]
    let activation: [UnsafeMutablePointer<S>]
    let activationGradient: [UnsafeMutablePointer<S>]
    /// Per hidden layer: batch mean and 1/√(var+ε) of each channel.
    let mean: [UnsafeMutablePointer<S>]
    let inverseStd: [UnsafeMutablePointer<S>]
    /// Three channel-sized scratch vectors for the BatchNorm backward.
    let scratch: UnsafeMutablePointer<S>
    /// Mode of the last forward pass.
    var mode: NormalizationMode = .running
    /// Rows in the last forward pass.
    var count = 0
    private var owned: [UnsafeMutableRawPointer] = []

    init(layout: ParameterLayout, capacity: Int) {
        self.layout = layout
        self.capacity = capacity
        var owned: [UnsafeMutableRawPointer] = []
        func buffer<T>(_ n: Int, _ type: T.Type) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(n, 1))
            owned.append(UnsafeMutableRawPointer(p))
            return p
        }
        input = buffer(capacity * layout.inputWidth, S.self)
        inputGradient = buffer(capacity * layout.inputWidth, S.self)
        ids = buffer(capacity * layout.fields, Int32.self)
        values = buffer(capacity * layout.fields, S.self)
        targets = buffer(capacity, Int32.self)
        pre = layout.layers.map { buffer(capacity * $0.outputs, S.self) }
        preGradient = layout.layers.map { buffer(capacity * $0.outputs, S.self) }
        let hidden = layout.layers.dropLast()
        normalized = hidden.map { buffer(capacity * $0.outputs, S.self) }
        activation = hidden.map { buffer(capacity * $0.outputs, S.self) }
        activationGradient = hidden.map { buffer(capacity * $0.outputs, S.self) }
        mean = hidden.map { buffer($0.outputs, S.self) }
        inverseStd = hidden.map { buffer($0.outputs, S.self) }
        scratch = buffer(3 * layout.maxWidth, S.self)
        self.owned = owned
    }

    deinit {
        for p in owned { p.deallocate() }
    }

    /// The logits of the last forward pass, `count × classes`.
    var logits: UnsafeMutablePointer<S> { pre[pre.count - 1] }
    var logitGradient: UnsafeMutablePointer<S> { preGradient[preGradient.count - 1] }
}
