import Numerics
import Randomness
import Search
import Testing
@testable import TabularStore

@Test func kuSummaryFindsTheBestCellAndSeparatesTheKAndUEffects() throws {
    // Rows K = 2, 4; columns U = 1, 8. Larger K gains 0.04 on average, larger U 0.015.
    let cells = [
        KUCell(kept: 4, minimumFidelity: 8, meanAUC: 0.66, epochs: 36),
        KUCell(kept: 2, minimumFidelity: 1, meanAUC: 0.60, epochs: 2),
        KUCell(kept: 4, minimumFidelity: 1, meanAUC: 0.66, epochs: 4),
        KUCell(kept: 2, minimumFidelity: 8, meanAUC: 0.63, epochs: 16),
    ]
    let summary = try KUSummary(cells)
    #expect(summary.kept == [2, 4] && summary.minimumFidelities == [1, 8])
    #expect(summary.auc == [[0.60, 0.63], [0.66, 0.66]])
    #expect(summary.epochs == [[2, 16], [4, 36]])
    #expect(summary.best.kept == 4 && summary.best.minimumFidelity == 1)   // tie at 0.66: fewer epochs wins
    #expect(summary.worst.kept == 2 && summary.worst.minimumFidelity == 1)
    #expect(abs(summary.spread - 0.06) < 1e-12)
    #expect(abs(summary.kEffect - 0.045) < 1e-12)   // ((0.66 − 0.60) + (0.66 − 0.63)) / 2
    #expect(abs(summary.uEffect - 0.015) < 1e-12)   // ((0.63 − 0.60) + (0.66 − 0.66)) / 2
    #expect(summary.auc(kept: 2, minimumFidelity: 8) == 0.63)
    #expect(summary.auc(kept: 3, minimumFidelity: 8) == nil)
    #expect(throws: TabularStoreError.self) { try KUSummary(Array(cells.dropLast())) }
    #expect(throws: TabularStoreError.self) { try KUSummary(cells + [cells[0]]) }
}

@Test func ratioTradeoffFlagsPlansCappedByTheBenchmarkSize() throws {
    let n = 40
    let b = try toyBenchmark(final: (0..<n).map { 0.5 + Double($0) / 100 }, synflow: (0..<n).map(Double.init), naswot: (0..<n).map(Double.init))
    let sim = AnytimeSimulation(budgets: [100], runs: 3, scoringSeconds: 0.01, epochSeconds: 1, groundTruthEpoch: 9, seed: 2)
    let points = try sim.ratioTradeoff(b, score: try b.jacFlowRankFusion(), ratios: [1, 20])
    #expect(points.map(\.ratio) == [1, 20])
    // N/K = 20: K ≤ 40 / 20 = 2, so the plan is K = 2, N = 40, U = 8 (16 epochs + 0.4 s), capped by the size.
    #expect(points[1].kept == 2 && points[1].scored == 40 && points[1].isCapped)
    // N/K = 1: SH over 40 from U = 1 costs 40 + 13·3 + 4·9 = 115 epochs > 100 s, so the budget binds first.
    // The largest K that fits is 35 (35 + 11·3 + 3·9 = 95 epochs + 0.35 s).
    #expect(!points[0].isCapped && points[0].kept == 35 && points[0].scored == 35)
    // N/K = 20 scores all 40 and the score ranks the best model first, so every run selects it.
    #expect(points[1].mean == b.bestAUC(atEpoch: 9) && points[1].median == points[1].mean)
    #expect(points[0].mean > 0.5 && points[0].mean <= points[1].mean)
    #expect(abs(sim.uncappedBudget(b, ratio: 20) - 2.4) < 1e-12)   // K = 2 from U = 1: 2 epochs + 40 × 0.01 s
    #expect(sim.plannedSize(b, ratio: 20, seconds: 2.4).map { [$0.scored, $0.kept] } == [40, 2])
    #expect(sim.plannedSize(b, ratio: 20, seconds: 1).map { [$0.scored, $0.kept] } == [40, 1])   // filtering only, N capped at 40
    #expect(sim.plannedSize(b, ratio: 20, seconds: 0.001) == nil)
}

@Test func bestRatioAveragesOnlyOverBudgetsWhereEveryRatioRuns() {
    func point(_ r: Int, _ b: Double, _ mean: Double) -> RatioPoint {
        RatioPoint(ratio: r, budget: b, mean: mean, median: mean, scored: r, kept: 1, isCapped: false)
    }
    let points = [
        point(1, 10, 0.70), point(4, 10, 0.72), point(16, 10, 0.72),
        point(1, 20, 0.80), point(4, 20, 0.74), point(16, 20, 0.75),
        point(1, 5, .nan), point(4, 5, 0.99), point(16, 5, 0.50),
    ]
    #expect(RatioTradeoff.bestRatio(points, atBudget: 10) == 4)   // tie 0.72: the smaller ratio
    #expect(RatioTradeoff.bestRatio(points, atBudget: 5) == 4)
    #expect(RatioTradeoff.bestRatio(points) == 1)   // budget 5 is skipped (N/K = 1 infeasible): 0.75 vs 0.73 vs 0.735
    #expect(RatioTradeoff.bestRatio(points, atBudget: 7) == nil)
}

@Test func selectionCostSplitsTrailsTimeIntoFilteringAndRefinement() throws {
    let n = 40
    let b = try toyBenchmark(final: (0..<n).map { 0.5 + Double($0) / 100 }, synflow: (0..<n).map(Double.init), naswot: (0..<n).map(Double.init))
    let budgets = [1.0, 10, 100, 1000]
    let sim = AnytimeSimulation(budgets: budgets, runs: 1, scoringSeconds: 0.01, epochSeconds: 1, ratio: 10, groundTruthEpoch: 9, seed: 2)
    let twoPhase = BudgetCurve(budgets: budgets, values: [[nil], [0.7], [0.9], [0.9]])
    let based = BudgetCurve(budgets: budgets, values: [[nil], [nil], [0.8], [0.9]])
    let cost = try #require(sim.selectionCost(b, twoPhase: twoPhase, trainingBased: based))
    // Target 0.9: two-phase at 100 s, training-based at 1000 s. At 100 s the plan is K = 4 (≤ 40 / 10),
    // U = 8: 4 × 8 = 32 epochs, N = 40 → 0.4 s of scoring.
    #expect(cost.targetAUC == 0.9 && cost.twoPhaseBudget == 100 && cost.refiningBudget == 100 && cost.trainingBasedSeconds == 1000)
    #expect(cost.kept == 4 && cost.minimumFidelity == 8 && cost.scored == 40)
    #expect(abs(cost.filteringSeconds - 0.4) < 1e-12 && cost.refinementSeconds == 32)
    #expect(cost.endToEndSpeedup == 10 && cost.trainingTimeSaved == 1000 / 32)
    #expect(sim.selectionCost(b, twoPhase: twoPhase, trainingBased: BudgetCurve(budgets: budgets, values: [[nil], [nil], [nil], [nil]])) == nil)
    // A target reached first by filtering alone (1 s: K = 2 needs 2.2 s): the training time is read at the first
    // refining plan that reaches it (10 s: K = 4 from U = 2, 8 epochs), the end-to-end speed-up at 1 s.
    let early = BudgetCurve(budgets: budgets, values: [[0.9], [0.9], [0.9], [0.9]])
    let filtered = try #require(sim.selectionCost(b, twoPhase: early, trainingBased: based))
    #expect(filtered.twoPhaseBudget == 1 && filtered.refiningBudget == 10 && filtered.kept == 4 && filtered.minimumFidelity == 2)
    #expect(filtered.refinementSeconds == 8 && filtered.endToEndSpeedup == 1000 && filtered.trainingTimeSaved == 125)
    let never = BudgetCurve(budgets: [1], values: [[0.95]])
    #expect(sim.selectionCost(b, twoPhase: never, trainingBased: based)?.trainingTimeSaved.isNaN == true)
    // Figure 7(a)'s setting: N = 1500, K = 10, U = 1 → SH trains 10 × 1 + 3 × 3 = 19 epochs.
    let latency = sim.predictedLatency(scored: 1500, kept: 10, minimumFidelity: 1, maxEpochs: 20)
    #expect(abs(latency.filtering - 15) < 1e-12 && latency.refinement == 19)
}

@Test func filteringScoresDoNotDependOnTheWorkerCount() throws {
    let data = Synthetic.dataset(rows: 64, seed: 4)
    let filtering = try FilteringThroughput(data: data, features: 40, architectures: 5, batchSize: 8, seed: 11)
    #expect(filtering.batch.count == 8 && filtering.architectures.count == 5)
    let runs = try filtering.measureScaling(workerCounts: [1, 2], repeats: 1)
    #expect(runs.map(\.workers) == [1, 2])
    let bits = runs.map { $0.scores.map { $0.map(\.bitPattern) } }
    #expect(bits[0] == bits[1])
    #expect(runs.allSatisfy { $0.completions.count == 5 && $0.seconds > 0 && $0.completions.last ?? .infinity <= $0.seconds })
    // The scores are NASWOT and SynFlow of the seeded network, as the scorer computes them alone.
    var generator = SeededGenerator(seed: 11).derived(3)
    let model = MLP(architecture: filtering.architectures[3], fields: 4, features: 40, generator: &generator)
    let naswot = try model.score(.naswot, batch: filtering.batch, generator: &generator)
    #expect(runs[1].scores[3][0].bitPattern == naswot.bitPattern)
    #expect(FilteringMeasurement.meanSeconds(runs, workers: 2) == runs[1].seconds)
    #expect(FilteringMeasurement.meanSeconds(runs, workers: 4).isNaN)
    #expect(runs.allSatisfy { $0.cpuSeconds > 0 } && FilteringMeasurement.meanCoresUsed(runs, workers: 1) > 0)
    #expect(FilteringMeasurement.meanCompletions(runs, workers: 1) == runs[0].completions)
    #expect(throws: TabularStoreError.self) { try FilteringThroughput(data: data, features: 40, architectures: 2, batchSize: 1, seed: 1) }
}
