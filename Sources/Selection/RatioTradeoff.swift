import Search
import TabularStore

/// One point of the N/K trade-off: the two-phase runs at one N/K ratio and one budget.
public struct RatioPoint: Sendable, Equatable {
    /// N/K.
    public var ratio: Int
    /// The budget, in seconds.
    public var budget: Double
    /// Mean AUC of the selected model over the runs (NaN when the budget is infeasible).
    public var mean: Double
    /// Median AUC over the runs (NaN when infeasible).
    public var median: Double
    /// N of the coordinator's plan (0 when infeasible).
    public var scored: Int
    /// K of the plan (1 for filtering only, 0 when infeasible).
    public var kept: Int
    /// True when the benchmark's size, not the budget, limits the plan: without the cap
    /// N = ratio × K (or N for filtering only) would be larger.
    public var isCapped: Bool
}

extension AnytimeSimulation {
    /// The N/K trade-off: for each N/K ratio, the two-phase median AUC at every budget.
    public func ratioSweep(_ benchmark: Benchmark, score: [Double], ratios: [Int]) throws -> [(ratio: Int, curve: BudgetCurve)] {
        try ratios.map { r in
            var copy = self
            copy.ratio = r
            return (r, BudgetCurve(budgets: budgets, values: try copy.twoPhase(benchmark, score: score)))
        }
    }

    /// The N/K trade-off: two-phase selection at every ratio and budget, with the
    /// coordinator's plan and whether the benchmark's size capped it.
    public func ratioTradeoff(_ benchmark: Benchmark, score: [Double], ratios: [Int]) throws -> [RatioPoint] {
        let sweep = try ratioSweep(benchmark, score: score, ratios: ratios)
        var points: [RatioPoint] = []
        for (ratio, curve) in sweep {
            var copy = self
            copy.ratio = ratio
            let capped = copy.coordinator(benchmark)
            var free = capped
            free.spaceSize = nil
            for budget in budgets {
                let plan = try? capped.plan(seconds: budget)
                let unbounded = try? free.plan(seconds: budget)
                let index = curve.budgets.firstIndex(of: budget)
                var isCapped = false
                if let plan, let unbounded { isCapped = unbounded.scored > plan.scored }
                points.append(RatioPoint(
                    ratio: ratio, budget: budget,
                    mean: index.map { curve.mean[$0] } ?? .nan, median: index.map { curve.median[$0] } ?? .nan,
                    scored: plan?.scored ?? 0, kept: plan?.kept ?? 0, isCapped: isCapped))
            }
        }
        return points
    }

    /// The budget at which `ratio` plans its largest K without the benchmark's size capping it:
    /// the cost of K = ⌊|benchmark| / ratio⌋ (at least 2) candidates from U = 1, N = ratio × K.
    public func uncappedBudget(_ benchmark: Benchmark, ratio: Int) -> Double {
        var copy = self
        copy.ratio = max(ratio, 1)
        return copy.coordinator(benchmark).cost(kept: max(benchmark.count / copy.ratio, 2), minimumFidelity: 1)
    }

    /// N and K of the coordinator's plan for `ratio` at `seconds` over `benchmark`, or nil when
    /// the budget cannot score one model.
    public func plannedSize(_ benchmark: Benchmark, ratio: Int, seconds: Double) -> (scored: Int, kept: Int)? {
        var copy = self
        copy.ratio = max(ratio, 1)
        return (try? copy.coordinator(benchmark).plan(seconds: seconds)).map { ($0.scored, $0.kept) }
    }
}

/// The best N/K of a trade-off sweep, per budget and over all budgets.
public enum RatioTradeoff {
    /// The ratio with the highest mean AUC at `budget` (ties: the smallest ratio), or nil.
    public static func bestRatio(_ points: [RatioPoint], atBudget budget: Double) -> Int? {
        points.filter { $0.budget == budget && !$0.mean.isNaN }
            .min { (-$0.mean, $0.ratio) < (-$1.mean, $1.ratio) }?.ratio
    }

    /// The ratio with the highest mean AUC averaged over the budgets at which every ratio is
    /// feasible (ties: the smallest ratio), or nil when there is no such budget.
    public static func bestRatio(_ points: [RatioPoint]) -> Int? {
        let ratios = Array(Set(points.map(\.ratio))).sorted()
        let budgets = Array(Set(points.map(\.budget))).sorted().filter { b in
            ratios.allSatisfy { r in points.contains { $0.ratio == r && $0.budget == b && !$0.mean.isNaN } }
        }
        guard !budgets.isEmpty else { return nil }
        let averages = ratios.map { r in
            (ratio: r, mean: budgets.map { b in points.first { $0.ratio == r && $0.budget == b }?.mean ?? 0 }.reduce(0, +)
                / Double(budgets.count))
        }
        return averages.min { (-$0.mean, $0.ratio) < (-$1.mean, $1.ratio) }?.ratio
    }
}
