/// States (e.g. computation graphs) with a cost and every one-rewrite successor.
public protocol RewriteSystem: Sendable {
    /// A state; its hash identifies it in the seen-set.
    associatedtype State: Hashable & Sendable

    /// The estimated cost of a state (lower is better), e.g. the sum of per-operator runtimes.
    func cost(of state: State) -> Double

    /// Every state reachable by applying one rewrite rule at one location, in a deterministic order.
    func rewrites(of state: State) -> [State]
}

/// A rewrite system backed by closures.
public struct ClosureRewriteSystem<State: Hashable & Sendable>: RewriteSystem {
    /// The cost function.
    public let costBody: @Sendable (State) -> Double
    /// The successor function.
    public let rewritesBody: @Sendable (State) -> [State]

    /// Wraps a cost function and a successor function.
    public init(cost: @escaping @Sendable (State) -> Double, rewrites: @escaping @Sendable (State) -> [State]) {
        self.costBody = cost
        self.rewritesBody = rewrites
    }

    /// Calls the wrapped function.
    public func cost(of state: State) -> Double { costBody(state) }

    /// Calls the wrapped function.
    public func rewrites(of state: State) -> [State] { rewritesBody(state) }
}
