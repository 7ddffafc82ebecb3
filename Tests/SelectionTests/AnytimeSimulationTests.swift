import TestSupport
import Numerics
import Search
import TabularStore
import Testing
@testable import Selection

@Test func twoPhaseAnytimeFollowsTheCoordinatorAndBeatsFilteringWithAGoodScore() throws {
    let n = 60
    let final = (0..<n).map { 0.5 + Double(($0 * 37) % n) / 200 }
    // A noisy score: right order within blocks of 4, so filtering alone is imperfect.
    let score = (0..<n).map { Double(($0 * 37) % n / 4) }
    let b = try toyBenchmark(final: final, synflow: score, naswot: score)
    let sim = AnytimeSimulation(budgets: [0.001, 0.5, 5, 500], runs: 4, scoringSeconds: 0.01, epochSeconds: 1, ratio: 10,
                                groundTruthEpoch: 9, seed: 3)
    let plan = try sim.coordinator(b).plan(seconds: 500)
    #expect(plan.kept == 6 && plan.scored == 60)   // K ≤ |space| / ratio = 6
    let fused = try b.jacFlowRankFusion()
    let two = try sim.twoPhase(b, score: fused)
    let free = sim.trainingFree(b, score: fused)
    #expect(two[0].allSatisfy { $0 == nil })
    #expect(free[1].allSatisfy { $0 != nil })
    let best = b.bestAUC(atEpoch: 9)
    #expect(two[3].allSatisfy { $0 == best })   // the best is in the top 6 by score, SH finds it
    let based = try sim.trainingBased(b, population: 5, sample: 2)
    #expect(based[1].allSatisfy { $0 == nil })   // one full training costs 9 s > 5 s
    #expect(based[3].allSatisfy { ($0 ?? 0) >= 0.5 })
    let speed = BudgetCurve(budgets: sim.budgets, values: two).speedup(over: BudgetCurve(budgets: sim.budgets, values: based))
    #expect(speed >= 1)
}
