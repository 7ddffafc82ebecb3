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

@Test func aSimulationMeasuredOnABenchmarkIsChargedWithItsTimes() throws {
    // Every toy record scores each metric in 0.01 s and trains 1 s per epoch, for 9 epochs.
    let b = try toyBenchmark(final: (0..<10).map { 0.6 + Double($0) / 100 }, synflow: Array(repeating: 1, count: 10),
                             naswot: Array(repeating: 1, count: 10))
    let sim = AnytimeSimulation(measuredOn: b, budgetCount: 3, runs: 2, ratio: 5, groundTruthEpoch: 9, seed: 1)
    #expect(abs(sim.scoringSeconds - 0.02) < 1e-12)   // NASWOT + SynFlow; SNIP is not JacFlow's
    #expect(sim.epochSeconds == 1)
    #expect(sim.budgets.count == 3)
    #expect(abs(sim.budgets[0] - 0.02) < 1e-12 && abs(sim.budgets[2] - 90) < 1e-9)   // one score … 10 models × 9 epochs
    #expect(sim.ratio == 5 && sim.runs == 2)
    #expect(AnytimeSimulation(measuredOn: b, runs: 1, groundTruthEpoch: 9, seed: 1).budgets.isEmpty)
}
