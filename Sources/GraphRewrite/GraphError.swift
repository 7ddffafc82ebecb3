import Diagnostics

/// A malformed graph, on one line naming the node at fault: `node 7: conv3x3: reason`.
public struct GraphError: ReproError, Equatable {
    /// The node at fault.
    public var node: Int
    /// What is wrong.
    public var reason: String

    /// Creates the error for `node`.
    public init(node: Int, reason: String) {
        self.node = node
        self.reason = reason
    }

    /// `node 7`.
    public var subject: String { "node \(node)" }
}
