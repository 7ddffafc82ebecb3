import TestSupport
import Numerics
import Search
import TabularStore
import Testing
@testable import Selection

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
    // One device, N = 1500, K = 10, U = 1 → SH trains 10 × 1 + 3 × 3 = 19 epochs.
    let latency = sim.predictedLatency(scored: 1500, kept: 10, minimumFidelity: 1, maxEpochs: 20)
    #expect(abs(latency.filtering - 15) < 1e-12 && latency.refinement == 19)
}
