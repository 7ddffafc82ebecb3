import TestSupport
import Numerics
import Search
import TabularStore
import Testing
@testable import Selection

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
