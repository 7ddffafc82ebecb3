extension Graph {
    /// The output shape of every node; throws on operand mismatches.
    public func shapes() throws(GraphError) -> [TensorShape] {
        var shapes: [TensorShape] = []
        for (index, node) in nodes.enumerated() {
            let s = node.inputs.map { shapes[$0] }
            func fail(_ reason: String) -> GraphError { GraphError(node: index, reason: "\(node.op.name): \(reason)") }
            switch node.op {
            case let .input(channels, height, width, _):
                shapes.append(TensorShape(channels: channels, height: height, width: width))
            case let .weight(rows, cols, _):
                shapes.append(TensorShape(rows: rows, cols: cols))
            case let .conv(k, _):
                guard s.count == 2, s[0].cols == s[1].rows * k * k else { throw fail("weight is not out × in·k²") }
                shapes.append(TensorShape(channels: s[0].rows, height: s[1].height, width: s[1].width))
            case .matmul:
                guard s.count == 2, s[0].cols == s[1].rows else { throw fail("inner dimensions differ") }
                var out = s[1]
                out.rows = s[0].rows
                shapes.append(out)
            case .add:
                guard s.count == 2, s[0].rows == s[1].rows, s[0].cols == s[1].cols else { throw fail("shapes differ") }
                shapes.append(s[0])
            case .relu, .identity, .softmax:
                guard s.count == 1 else { throw fail("expects one input") }
                shapes.append(s[0])
            case .transpose:
                guard s.count == 1 else { throw fail("expects one input") }
                shapes.append(TensorShape(rows: s[0].cols, cols: s[0].rows))
            case .concat:
                guard s.count == 2, s[0].cols == s[1].cols else { throw fail("column counts differ") }
                var out = s[0]
                out.rows += s[1].rows
                shapes.append(out)
            case let .slice(start, end):
                guard s.count == 1, 0 <= start, start < end, end <= s[0].rows else { throw fail("rows out of range") }
                var out = s[0]
                out.rows = end - start
                shapes.append(out)
            case let .enlarge(k):
                guard s.count == 1 else { throw fail("expects one input") }
                shapes.append(TensorShape(rows: s[0].rows, cols: s[0].cols * k * k))
            }
        }
        return shapes
    }
}
