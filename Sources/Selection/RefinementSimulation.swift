import Randomness
import Search
import TabularStore

/// The refinement phase alone over a benchmark: UNIFORM / successive rejects / successive halving refining K
/// random candidates under a range of time budgets, each run a different candidate set.
///
/// Training costs `secondsPerEpoch` per epoch (every evaluation trains from scratch, as
/// TRAILS accounts it); U is the largest of 1 … E that fits the budget; the selected model
/// is scored by its validation AUC at `groundTruthEpoch`.
public struct RefinementSimulation: Sendable {
    /// K, the candidates refined (capped at the benchmark size).
    public var candidates: Int
    /// Runs (candidate sets) per budget.
    public var runs: Int
    /// The time budgets, in seconds.
    public var budgets: [Double]
    /// t2, seconds per training epoch.
    public var secondsPerEpoch: Double
    /// The epoch whose AUC scores the selected model (1-based).
    public var groundTruthEpoch: Int
    /// The seed of the candidate sets.
    public var seed: UInt64

    /// Creates a simulation.
    public init(candidates: Int, runs: Int, budgets: [Double], secondsPerEpoch: Double, groundTruthEpoch: Int, seed: UInt64) {
        self.candidates = candidates
        self.runs = runs
        self.budgets = budgets
        self.secondsPerEpoch = secondsPerEpoch
        self.groundTruthEpoch = groundTruthEpoch
        self.seed = seed
    }

    /// The selected model's AUC for every budget and run (nil where the budget is infeasible).
    public func run<A: FidelityAllocator>(_ allocator: A, on benchmark: Benchmark) throws -> [[Double?]] {
        let objective = benchmark.lookupObjective(secondsPerEpoch: secondsPerEpoch)
        let truth = benchmark.auc(atEpoch: groundTruthEpoch)
        let options = Array(1...benchmark.epochs)
        let sets = candidateSets(benchmark)
        return try budgets.map { budget in
            try sets.map { set in
                try allocator.select(from: set, seconds: budget, secondsPerEpoch: secondsPerEpoch,
                                     options: options, objective: objective).map { truth[$0.selected] }
            }
        }
    }

    /// The candidate sets, one per run: K distinct benchmark indices each.
    public func candidateSets(_ benchmark: Benchmark) -> [[Int]] {
        (0..<runs).map { r in
            var g = SeededGenerator(seed: seed).derived(UInt64(r))
            return BenchmarkSampling.distinct(min(candidates, benchmark.count), from: benchmark.count, generator: &g)
        }
    }
}
