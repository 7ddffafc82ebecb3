import Search

/// Graphs under a set of rewrite rules and a cost model, as the shared search engine's
/// ``RewriteSystem``: cost = estimated runtime in ms, successors = every rule at every
/// location, with TASO's cap of 2 × the starting operator count.
public struct GraphRewriteSystem: RewriteSystem {
    /// The cost model.
    public var costModel: CostModel
    /// The rules applied.
    public var rules: [RewriteRule]
    /// Successors with more runtime operators than this are dropped.
    public var operatorCap: Int

    /// Creates the system for graphs of about `start`'s size.
    public init(costModel: CostModel, rules: [RewriteRule] = RewriteRule.allCases, start: Graph) {
        self.costModel = costModel
        self.rules = rules
        operatorCap = 2 * max(start.runtimeOperatorCount, 1)
    }

    /// Estimated runtime in ms.
    public func cost(of state: Graph) -> Double { costModel.milliseconds(state) }

    /// Every one-rewrite successor within the operator cap.
    public func rewrites(of state: Graph) -> [Graph] {
        state.successors(rules: rules).filter { $0.runtimeOperatorCount <= operatorCap }
    }
}
