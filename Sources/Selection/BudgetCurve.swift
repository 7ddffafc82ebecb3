import Statistics

/// Per-budget summary of simulated runs: mean, median and a quantile band over feasible runs.
public struct BudgetCurve: Sendable, Equatable {
    /// The budgets (seconds) with at least one feasible run.
    public var budgets: [Double]
    /// Mean AUC per kept budget.
    public var mean: [Double]
    /// Median AUC per kept budget.
    public var median: [Double]
    /// Lower band (25th percentile).
    public var lower: [Double]
    /// Upper band (75th percentile).
    public var upper: [Double]
    /// The first budget with a feasible run, or nil.
    public var firstFeasible: Double? { budgets.first }

    /// Summarises `values[budget][run]`; infeasible (nil) runs are dropped, budgets without any feasible run too.
    public init(budgets all: [Double], values: [[Double?]]) {
        var b: [Double] = [], mean: [Double] = [], median: [Double] = [], lo: [Double] = [], hi: [Double] = []
        for (budget, runs) in zip(all, values) {
            let feasible = runs.compactMap { $0 }.filter { !$0.isNaN }.sorted()
            guard !feasible.isEmpty else { continue }
            b.append(budget)
            mean.append(Descriptive.mean(feasible))
            median.append(Descriptive.median(feasible))
            lo.append(Self.quantile(feasible, 0.25))
            hi.append(Self.quantile(feasible, 0.75))
        }
        self.budgets = b
        self.mean = mean
        self.median = median
        self.lower = lo
        self.upper = hi
    }

    /// Linear-interpolated quantile of sorted values.
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let h = q * Double(sorted.count - 1)
        let i = Int(h.rounded(.down))
        return i + 1 < sorted.count ? sorted[i] + (h - Double(i)) * (sorted[i + 1] - sorted[i]) : sorted[i]
    }

    /// The first budget whose median reaches `target`, or nil.
    public func budgetReaching(_ target: Double) -> Double? {
        zip(budgets, median).first { $0.1 >= target }?.0
    }

    /// The median at the largest budget.
    public var finalMedian: Double { median.last ?? .nan }
}

extension BudgetCurve {
    /// How much sooner `self` reaches the AUC `baseline` ends at: baseline's first budget reaching
    /// its own final median, divided by ours reaching that median (or, if we never do, our final
    /// median and the baseline's first budget reaching it). NaN when neither reaches the other.
    public func speedup(over baseline: BudgetCurve) -> Double {
        var target = baseline.finalMedian
        if budgetReaching(target) == nil { target = min(finalMedian, target) }
        guard let ours = budgetReaching(target), let theirs = baseline.budgetReaching(target), ours > 0 else { return .nan }
        return theirs / ours
    }
}
