/// One operator of a computation graph over matrices.
///
/// Activations are matrices [rows × cols]; a feature map with C channels over an
/// H × W image is C × (H·W) and remembers H and W for convolutions. Convolutions
/// have stride 1 and "same" padding (k / 2); their weights are [out × in·k·k].
public enum Operator: Hashable, Sendable {
    /// A graph input: channels × (height·width), numbered.
    case input(channels: Int, height: Int, width: Int, index: Int)
    /// A constant weight matrix whose values come from `seed`.
    case weight(rows: Int, cols: Int, seed: UInt64)
    /// k × k convolution of [weight, x], optionally with a fused ReLU.
    case conv(kernel: Int, relu: Bool)
    /// Matrix product [a, b], optionally with a fused ReLU.
    case matmul(relu: Bool)
    /// Element-wise sum [a, b], optionally with a fused ReLU.
    case add(relu: Bool)
    /// Element-wise max(0, x).
    case relu
    /// Pass-through (ONNX Identity / inference-time Dropout).
    case identity
    /// Row-wise softmax... over each column (attention probabilities).
    case softmax
    /// Matrix transpose.
    case transpose
    /// Rows stacked: [a; b].
    case concat
    /// Rows start..<end of x (a view of a row-major matrix).
    case slice(start: Int, end: Int)
    /// A 1 × 1 convolution weight zero-padded to k × k (TASO's enlarge).
    case enlarge(kernel: Int)

    /// Whether the operator is a source (input or weight).
    public var isSource: Bool {
        switch self {
        case .input, .weight: return true
        default: return false
        }
    }

    /// A short name for tables, e.g. `conv3x3+relu`.
    public var name: String {
        switch self {
        case .input: return "input"
        case .weight: return "weight"
        case let .conv(k, relu): return "conv\(k)x\(k)" + (relu ? "+relu" : "")
        case let .matmul(relu): return "matmul" + (relu ? "+relu" : "")
        case let .add(relu): return "add" + (relu ? "+relu" : "")
        case .relu: return "relu"
        case .identity: return "identity"
        case .softmax: return "softmax"
        case .transpose: return "transpose"
        case .concat: return "concat"
        case .slice: return "slice"
        case .enlarge: return "enlarge"
        }
    }
}

/// The shape of a node's output: rows × cols, and the image size when it is a feature map.
public struct TensorShape: Hashable, Sendable {
    /// Rows (channels).
    public var rows: Int
    /// Columns (height·width, or sequence length).
    public var cols: Int
    /// Image height (1 when not an image).
    public var height: Int
    /// Image width (cols when not an image).
    public var width: Int

    /// A feature map.
    public init(channels: Int, height: Int, width: Int) {
        rows = channels
        cols = height * width
        self.height = height
        self.width = width
    }

    /// A plain matrix.
    public init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
        height = 1
        width = cols
    }

    /// rows · cols.
    public var count: Int { rows * cols }
}
