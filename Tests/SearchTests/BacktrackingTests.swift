import Testing
@testable import Search

/// A toy "graph": a sequence of operators with rewrite rules like TASO's.
/// Rules: fuse `conv, relu` → `convrelu`; remove `identity`; merge `conv, conv` → `conv2`
/// (two parallel convolutions merged); split `conv2` → `conv, conv` (the inverse, so the
/// space has cycles). Costs: conv 4, relu 1, convrelu 4.5, identity 0.5, conv2 7.
enum OperatorChain {
    static let costs: [String: Double] = ["conv": 4, "relu": 1, "convrelu": 4.5, "identity": 0.5, "conv2": 7]

    static func cost(_ ops: [String]) -> Double {
        ops.reduce(0) { $0 + (costs[$1] ?? 100) }
    }

    static func rewrites(_ ops: [String]) -> [[String]] {
        var result: [[String]] = []
        for i in ops.indices {
            if ops[i] == "identity" {
                var copy = ops
                copy.remove(at: i)
                result.append(copy)
            }
            if ops[i] == "conv2" {
                var copy = ops
                copy.replaceSubrange(i...i, with: ["conv", "conv"])
                result.append(copy)
            }
            if i + 1 < ops.count {
                if ops[i] == "conv", ops[i + 1] == "relu" {
                    var copy = ops
                    copy.replaceSubrange(i...(i + 1), with: ["convrelu"])
                    result.append(copy)
                }
                if ops[i] == "conv", ops[i + 1] == "conv" {
                    var copy = ops
                    copy.replaceSubrange(i...(i + 1), with: ["conv2"])
                    result.append(copy)
                }
            }
        }
        return result
    }

    static let system = ClosureRewriteSystem<[String]>(cost: cost, rewrites: rewrites)

    /// The cheapest reachable state by exhaustive breadth-first search.
    static func bruteForceOptimum(from start: [String]) -> Double {
        var seen: Set<[String]> = [start]
        var frontier = [start]
        var best = cost(start)
        while !frontier.isEmpty {
            var next: [[String]] = []
            for state in frontier {
                for successor in rewrites(state) where seen.insert(successor).inserted {
                    best = min(best, cost(successor))
                    next.append(successor)
                }
            }
            frontier = next
        }
        return best
    }
}

@Suite struct BacktrackingTests {
    let start = ["conv", "conv", "relu", "identity", "conv", "relu", "conv", "conv", "identity", "relu"]

    @Test func findsTheOptimumOfASmallRewriteSystem() {
        let optimum = OperatorChain.bruteForceOptimum(from: start)
        let result = CostBasedBacktracking(alpha: 1.05, iterations: 1000).run(system: OperatorChain.system, from: start)
        #expect(result.bestCost == optimum)
        #expect(OperatorChain.cost(result.best) == result.bestCost)
        #expect(result.initialCost == OperatorChain.cost(start))
    }

    @Test func traceIsNonIncreasingAndBoundedByTheBudget() {
        let result = CostBasedBacktracking(alpha: 1.2, iterations: 7).run(system: OperatorChain.system, from: start)
        #expect(result.iterations == 7)
        #expect(zip(result.bestCostPerIteration, result.bestCostPerIteration.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(result.bestCostPerIteration.first == result.initialCost)
    }

    @Test func alphaLetsTheSearchCrossABarrier() {
        // A line of states 0 … 8; costs dip to a local minimum at 2, rise over a barrier and fall to 1 at 8.
        let costs: [Double] = [10, 9, 8, 9, 10, 7, 5, 3, 1]
        let line = ClosureRewriteSystem<Int>(cost: { costs[$0] }, rewrites: { n in [n - 1, n + 1].filter { costs.indices.contains($0) } })
        let greedy = CostBasedBacktracking(alpha: 1.0, iterations: 100).run(system: line, from: 0)
        #expect(greedy.bestCost == 8)
        #expect(greedy.best == 2)
        let relaxed = CostBasedBacktracking(alpha: 1.3, iterations: 100).run(system: line, from: 0)
        #expect(relaxed.bestCost == 1)
        #expect(relaxed.best == 8)
        // Each state is pushed at most once (the seen-set), and the queue runs dry before the budget.
        #expect(relaxed.pushed <= costs.count)
        #expect(relaxed.iterations < 100)
    }

    @Test func deterministic() {
        let search = CostBasedBacktracking(alpha: 1.1, iterations: 50)
        let a = search.run(system: OperatorChain.system, from: start)
        let b = search.run(system: OperatorChain.system, from: start)
        #expect(a == b)
    }
}
