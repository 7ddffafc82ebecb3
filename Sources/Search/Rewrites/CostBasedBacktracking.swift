/// TASO's cost-based backtracking search over rewrites (`Graph::optimize(alpha, budget)`).
///
/// A min-priority queue by cost starts with the input state, which is also the best and marked
/// seen. Each iteration pops the cheapest state (it becomes the best if cheaper), stops if the
/// iteration budget is spent, and otherwise expands it: every successor whose cost is below
/// α × best cost and that was never seen is marked seen and pushed. α > 1 lets slightly worse
/// states through, so the search can backtrack out of local minima (TASO: α = 1.0, budget
/// 1,000 by default; 1.02 and 100,000 in its SqueezeNet study). Differences from TASO: the
/// seen-set compares states exactly rather than by a 64-bit hash, equal costs pop in insertion
/// order, the budget allows exactly `iterations` expansions (TASO's `counter > budget` allows
/// one more), and an operator-count cap, if wanted, belongs in the successor function.
public struct CostBasedBacktracking: Hashable, Sendable {
    /// α, the pruning relaxation (≥ 1 in practice).
    public var alpha: Double
    /// The maximum number of expansions.
    public var iterations: Int

    /// Creates the search.
    public init(alpha: Double = 1.0, iterations: Int = 1000) {
        self.alpha = alpha
        self.iterations = iterations
    }

    /// Searches from `start` and returns the cheapest state found with the best-cost trace.
    public func run<R: RewriteSystem>(system: R, from start: R.State) -> BacktrackingResult<R.State> {
        let initialCost = system.cost(of: start)
        var queue = PriorityQueue<R.State>()
        var seen: Set<R.State> = [start]
        queue.push(start, cost: initialCost)
        var best = (state: start, cost: initialCost, iteration: 0)
        var trace: [Double] = []
        var generated = 0
        var pushed = 1
        while let (state, cost) = queue.pop() {
            if cost < best.cost { best = (state, cost, trace.count) }
            if trace.count >= iterations { break }
            for next in system.rewrites(of: state) {
                generated += 1
                let nextCost = system.cost(of: next)
                guard nextCost < alpha * best.cost, seen.insert(next).inserted else { continue }
                queue.push(next, cost: nextCost)
                pushed += 1
            }
            trace.append(best.cost)
        }
        return BacktrackingResult(best: best.state, bestCost: best.cost, initialCost: initialCost,
                                  bestCostPerIteration: trace, bestIteration: best.iteration,
                                  generated: generated, pushed: pushed)
    }
}
