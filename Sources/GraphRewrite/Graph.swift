/// A computation graph in canonical form: nodes in the post-order of a depth-first
/// walk from the outputs (inputs visited in operand order), dead nodes removed.
///
/// Two graphs that compute the same expression DAG therefore compare equal, which
/// is what a search's seen-set needs.
public struct Graph: Hashable, Sendable {
    /// The nodes, each after all of its inputs.
    public private(set) var nodes: [Node]
    /// The nodes whose values the graph returns.
    public private(set) var outputs: [Int]

    /// Builds a graph from nodes in any acyclic order, canonicalising it.
    public init(nodes: [Node], outputs: [Int]) {
        var order: [Int] = []
        var state = [UInt8](repeating: 0, count: nodes.count)
        var remap = [Int](repeating: -1, count: nodes.count)
        var memo: [Node: Int] = [:]
        var result: [Node] = []
        // Iterative DFS so deep graphs do not overflow the stack.
        for root in outputs {
            var stack: [(Int, Int)] = [(root, 0)]
            while let (index, next) = stack.popLast() {
                if state[index] == 2 { continue }
                state[index] = 1
                let inputs = nodes[index].inputs
                if next < inputs.count {
                    stack.append((index, next + 1))
                    if state[inputs[next]] == 0 { stack.append((inputs[next], 0)) }
                } else {
                    state[index] = 2
                    order.append(index)
                }
            }
        }
        for index in order {
            let node = Node(nodes[index].op, nodes[index].inputs.map { remap[$0] })
            // Identical nodes (same operator, same inputs) are shared.
            if let existing = memo[node] {
                remap[index] = existing
            } else {
                memo[node] = result.count
                remap[index] = result.count
                result.append(node)
            }
        }
        self.nodes = result
        self.outputs = outputs.map { remap[$0] }
    }

    /// For each node, the nodes that read it.
    public var consumers: [[Int]] {
        var result = [[Int]](repeating: [], count: nodes.count)
        for (index, node) in nodes.enumerated() {
            for input in node.inputs where !result[input].contains(index) { result[input].append(index) }
        }
        return result
    }

    /// Whether each node depends only on weights (folded before running, like TASO's
    /// preprocess_weights, so it costs nothing).
    public var isConstant: [Bool] {
        var result = [Bool](repeating: false, count: nodes.count)
        for (index, node) in nodes.enumerated() {
            switch node.op {
            case .weight: result[index] = true
            case .input: result[index] = false
            default: result[index] = node.inputs.allSatisfy { result[$0] }
            }
        }
        return result
    }

    /// Number of operators that run (not sources, not folded constants).
    public var runtimeOperatorCount: Int {
        let constant = isConstant
        return nodes.indices.filter { !nodes[$0].op.isSource && !constant[$0] }.count
    }
}
