import Randomness

extension Graph {
    /// The values of a weight node: normal, scaled by 1/√cols, from its seed.
    public static func weightValues(rows: Int, cols: Int, seed: UInt64) -> [Double] {
        var generator = SeededGenerator(seed: seed)
        let scale = 1 / Double(cols).squareRoot()
        return (0..<(rows * cols)).map { _ in generator.nextNormal() * scale }
    }

    /// Runs the graph on `inputs` (one row-major array per input index) and returns the
    /// output values in ``outputs`` order.
    public func evaluate(inputs: [[Double]]) throws(GraphError) -> [[Double]] {
        let shapes = try self.shapes()
        var values: [[Double]] = []
        values.reserveCapacity(nodes.count)
        for (index, node) in nodes.enumerated() {
            let x = node.inputs.map { values[$0] }
            let s = node.inputs.map { shapes[$0] }
            let value: [Double]
            switch node.op {
            case let .input(_, _, _, position):
                guard position < inputs.count, inputs[position].count == shapes[index].count else {
                    throw GraphError(node: index, reason: "input \(position) missing or of the wrong size")
                }
                value = inputs[position]
            case let .weight(rows, cols, seed):
                value = Self.weightValues(rows: rows, cols: cols, seed: seed)
            case let .conv(k, relu):
                let y = Kernels.conv(x[0], x[1], out: s[0].rows, channels: s[1].rows, height: s[1].height,
                                     width: s[1].width, kernel: k)
                value = relu ? y.map { max($0, 0) } : y
            case let .matmul(relu):
                let y = Kernels.gemm(x[0], x[1], m: s[0].rows, k: s[0].cols, n: s[1].cols)
                value = relu ? y.map { max($0, 0) } : y
            case let .add(relu):
                let y = zip(x[0], x[1]).map { $0 + $1 }
                value = relu ? y.map { max($0, 0) } : y
            case .relu: value = x[0].map { max($0, 0) }
            case .identity: value = x[0]
            case .softmax: value = Kernels.softmaxColumns(x[0], rows: s[0].rows, cols: s[0].cols)
            case .transpose: value = Kernels.transpose(x[0], rows: s[0].rows, cols: s[0].cols)
            case .concat: value = x[0] + x[1]
            case let .slice(start, end): value = Array(x[0][(start * s[0].cols)..<(end * s[0].cols)])
            case let .enlarge(k): value = Kernels.enlarge(x[0], out: s[0].rows, inputs: s[0].cols, kernel: k)
            }
            values.append(value)
        }
        return outputs.map { values[$0] }
    }

    /// Random inputs for every input node, from `seed`.
    public func randomInputs(seed: UInt64) -> [[Double]] {
        var generator = SeededGenerator(seed: seed)
        let inputNodes = nodes.compactMap { node -> (Int, Int)? in
            if case let .input(c, h, w, index) = node.op { return (index, c * h * w) }
            return nil
        }.sorted { $0.0 < $1.0 }
        return inputNodes.map { _, count in (0..<count).map { _ in generator.nextNormal() } }
    }
}
