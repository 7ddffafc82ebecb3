import Randomness
import Search
import TabularStore

/// Anytime model selection over a benchmark: AUC of the selected model against the response-time budget for
/// TRAILS two-phase selection, filtering only (training-free) and regularized evolution with full
/// training (training-based), each over `runs` seeded runs.
///
/// Times come from the benchmark's measurements: t1 seconds to score one model, t2 seconds per
/// training epoch. The two-phase plan is ``TwoPhaseCoordinator``'s with N/K = `ratio`, the space
/// being the benchmark's architectures; the selected model is judged by its AUC at `groundTruthEpoch`.
public struct AnytimeSimulation: Sendable {
    /// Budgets in seconds.
    public var budgets: [Double]
    /// Runs per budget.
    public var runs: Int
    /// t1.
    public var scoringSeconds: Double
    /// t2.
    public var epochSeconds: Double
    /// N/K (TRAILS: 100).
    public var ratio: Int
    /// The epoch judging the selected model (1-based).
    public var groundTruthEpoch: Int
    /// The seed.
    public var seed: UInt64

    /// Creates a simulation.
    public init(budgets: [Double], runs: Int, scoringSeconds: Double, epochSeconds: Double, ratio: Int = 100,
                groundTruthEpoch: Int, seed: UInt64) {
        self.budgets = budgets
        self.runs = runs
        self.scoringSeconds = scoringSeconds
        self.epochSeconds = epochSeconds
        self.ratio = ratio
        self.groundTruthEpoch = groundTruthEpoch
        self.seed = seed
    }

    /// The coordinator for `benchmark` (E = its epochs).
    public func coordinator(_ benchmark: Benchmark) -> TwoPhaseCoordinator {
        TwoPhaseCoordinator(scoringSeconds: scoringSeconds, epochSeconds: epochSeconds, ratio: ratio,
                            refinement: .trails(maxFidelity: benchmark.epochs), spaceSize: benchmark.count)
    }

    /// Two-phase (TRAILS) selection with `score` (one value per record, higher better): AUC[budget][run].
    public func twoPhase(_ benchmark: Benchmark, score: [Double]) throws -> [[Double?]] {
        let objective = benchmark.lookupObjective(secondsPerEpoch: epochSeconds)
        let truth = benchmark.auc(atEpoch: groundTruthEpoch)
        let selector = TwoPhaseSelector(refinement: SuccessiveHalving.trails(maxFidelity: benchmark.epochs), scoringSeconds: scoringSeconds)
        let coordinator = coordinator(benchmark)
        return try budgets.map { budget in
            guard budget >= scoringSeconds, let plan = try? coordinator.plan(seconds: budget) else {
                return Array(repeating: nil, count: runs)
            }
            return try (0..<runs).map { r in
                var g = SeededGenerator(seed: seed).derived(UInt64(r))
                let candidates = BenchmarkSampling.distinct(plan.scored, from: benchmark.count, generator: &g)
                let result = try selector.select(candidates: candidates, kept: min(plan.kept, candidates.count),
                                                 minimumFidelity: plan.minimumFidelity, objective: objective) { score[$0] }
                return truth[result.selected]
            }
        }
    }

    /// Filtering only: score ⌊T / t1⌋ random models (capped at the benchmark), keep the best score.
    public func trainingFree(_ benchmark: Benchmark, score: [Double]) -> [[Double?]] {
        let truth = benchmark.auc(atEpoch: groundTruthEpoch)
        return budgets.map { budget in
            let n = min(Int((budget / scoringSeconds).rounded(.down)), benchmark.count)
            guard n >= 1 else { return Array(repeating: nil, count: runs) }
            return (0..<runs).map { r in
                var g = SeededGenerator(seed: seed).derived(UInt64(r))
                let candidates = BenchmarkSampling.distinct(n, from: benchmark.count, generator: &g)
                let best = candidates.max { (score[$0], -$0) < (score[$1], -$1) } ?? candidates[0]
                return truth[best]
            }
        }
    }

    /// Regularized evolution, each model trained for all E epochs (E × t2 seconds): the best
    /// ground-truth AUC found by each budget.
    public func trainingBased(_ benchmark: Benchmark, population: Int = 20, sample: Int = 10) throws -> [[Double?]] {
        let truth = benchmark.auc(atEpoch: groundTruthEpoch)
        let cost = Double(benchmark.epochs) * epochSeconds
        var curves: [Int: [Evaluation]] = [:]
        for i in truth.indices { curves[i] = [Evaluation(value: truth[i].isNaN ? 0.5 : truth[i], cost: cost)] }
        let objective = LookupObjective(curves: curves)
        let space = BenchmarkSpace(benchmark)
        let horizon = budgets.max() ?? 0
        let traces = try (0..<runs).map { r in
            var g = SeededGenerator(seed: seed).derived(UInt64(10_000 + r))
            return try RegularizedEvolution(populationSize: population, sampleSize: sample)
                .run(space: space, objective: objective, budget: .simulatedSeconds(horizon), using: &g).trace
        }
        return budgets.map { budget in traces.map { $0.bestValue(atClock: budget) } }
    }
}
