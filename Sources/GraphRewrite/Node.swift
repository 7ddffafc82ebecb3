/// One node of a computation graph: an operator and the nodes it reads.
public struct Node: Hashable, Sendable {
    /// The operator.
    public var op: Operator
    /// Indices of the input nodes, in operand order.
    public var inputs: [Int]

    /// Creates a node.
    public init(_ op: Operator, _ inputs: [Int] = []) {
        self.op = op
        self.inputs = inputs
    }
}
