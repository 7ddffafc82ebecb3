import TabularStore

extension AnytimeSimulation {
    /// A simulation over `benchmark` charged with the benchmark's own measurements: t1 is the
    /// time JacFlow takes to score one model (``Benchmark/jacFlowScoringSeconds``), t2 the mean
    /// seconds per epoch.
    ///
    /// With `budgetCount`, the budgets are that many log-spaced ones from scoring one model
    /// (t1) to training every model of the benchmark for all its epochs; without it there are
    /// none, for a caller that sets its own.
    public init(measuredOn benchmark: Benchmark, budgetCount: Int? = nil, runs: Int, ratio: Int = 100,
                groundTruthEpoch: Int, seed: UInt64) {
        let t1 = benchmark.jacFlowScoringSeconds, t2 = benchmark.meanEpochSeconds
        let budgets = budgetCount.map {
            Benchmark.logBudgets(from: t1, to: Double(benchmark.count * benchmark.epochs) * t2, count: $0)
        } ?? []
        self.init(budgets: budgets, runs: runs, scoringSeconds: t1, epochSeconds: t2, ratio: ratio,
                  groundTruthEpoch: groundTruthEpoch, seed: seed)
    }
}
