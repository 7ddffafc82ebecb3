/// Small computation graphs built in code, in the shape of the networks XFLOWRL and
/// TASO optimised (they used ONNX exports, which are not available here).
public enum GraphBuilder {
    /// Accumulates nodes with fresh weight seeds.
    struct Builder {
        var nodes: [Node] = []
        var seed: UInt64

        mutating func add(_ op: Operator, _ inputs: [Int] = []) -> Int {
            nodes.append(Node(op, inputs))
            return nodes.count - 1
        }

        mutating func weight(_ rows: Int, _ cols: Int) -> Int {
            seed &+= 1
            return add(.weight(rows: rows, cols: cols, seed: seed))
        }

        mutating func conv(_ x: Int, in channels: Int, out: Int, kernel k: Int) -> Int {
            add(.conv(kernel: k, relu: false), [weight(out, channels * k * k), x])
        }
    }

    /// A ResNet-style stack: a 3 × 3 stem, then `blocks` basic blocks (conv3×3, relu,
    /// conv3×3, add shortcut, relu, identity); the first block of each width change has a
    /// 1 × 1 projection shortcut reading the same input as its first conv.
    public static func resnet(blocks: Int = 4, channels: [Int] = [16, 32], size: Int = 8, seed: UInt64 = 1) -> Graph {
        var b = Builder(seed: seed * 1000)
        var x = b.add(.input(channels: 3, height: size, width: size, index: 0))
        x = b.add(.relu, [b.conv(x, in: 3, out: channels[0], kernel: 3)])
        var width = channels[0]
        for index in 0..<blocks {
            let target = channels[min(index * channels.count / max(blocks, 1), channels.count - 1)]
            let h = b.add(.relu, [b.conv(x, in: width, out: target, kernel: 3)])
            let y = b.conv(h, in: target, out: target, kernel: 3)
            let shortcut = target == width ? x : b.conv(x, in: width, out: target, kernel: 1)
            x = b.add(.identity, [b.add(.relu, [b.add(.add(relu: false), [y, shortcut])])])
            width = target
        }
        return Graph(nodes: b.nodes, outputs: [x])
    }

    /// A SqueezeNet-style stack of fire modules: squeeze conv1×1 + relu, then expand
    /// conv1×1 + relu and conv3×3 + relu in parallel, concatenated.
    public static func squeezenet(fires: Int = 4, squeeze: Int = 8, expand: Int = 16, size: Int = 8,
                                  seed: UInt64 = 2) -> Graph {
        var b = Builder(seed: seed * 1000)
        var x = b.add(.input(channels: 3, height: size, width: size, index: 0))
        x = b.add(.relu, [b.conv(x, in: 3, out: 2 * expand, kernel: 3)])
        var width = 2 * expand
        for _ in 0..<fires {
            let s = b.add(.relu, [b.conv(x, in: width, out: squeeze, kernel: 1)])
            let e1 = b.add(.relu, [b.conv(s, in: squeeze, out: expand, kernel: 1)])
            let e3 = b.add(.relu, [b.conv(s, in: squeeze, out: expand, kernel: 3)])
            x = b.add(.concat, [e1, e3])
            width = 2 * expand
        }
        return Graph(nodes: b.nodes, outputs: [x])
    }

    /// A BERT-style stack of attention layers over `tokens` tokens of width `hidden`:
    /// Q, K, V projections (three matmuls reading the same input), softmax(KᵀQ)
    /// attention, an output projection, a residual add, a feed-forward matmul + relu,
    /// and an identity (inference-time dropout).
    public static func bert(layers: Int = 2, hidden: Int = 32, tokens: Int = 16, seed: UInt64 = 3) -> Graph {
        var b = Builder(seed: seed * 1000)
        var x = b.add(.input(channels: hidden, height: 1, width: tokens, index: 0))
        for _ in 0..<layers {
            let q = b.add(.matmul(relu: false), [b.weight(hidden, hidden), x])
            let k = b.add(.matmul(relu: false), [b.weight(hidden, hidden), x])
            let v = b.add(.matmul(relu: false), [b.weight(hidden, hidden), x])
            let scores = b.add(.matmul(relu: false), [b.add(.transpose, [k]), q])
            let probabilities = b.add(.softmax, [scores])
            let attended = b.add(.matmul(relu: false), [v, probabilities])
            let projected = b.add(.matmul(relu: false), [b.weight(hidden, hidden), attended])
            let residual = b.add(.add(relu: false), [projected, x])
            let ff = b.add(.relu, [b.add(.matmul(relu: false), [b.weight(hidden, hidden), residual])])
            x = b.add(.identity, [b.add(.add(relu: false), [ff, residual])])
        }
        return Graph(nodes: b.nodes, outputs: [x])
    }
}
