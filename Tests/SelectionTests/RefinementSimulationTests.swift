import TestSupport
import Numerics
import Search
import TabularStore
import Testing
@testable import Selection

@Test func refinementSimulationDropsInfeasibleBudgetsAndRespectsEpochAccounting() throws {
    let n = 30
    let b = try toyBenchmark(final: (0..<n).map { 0.5 + Double($0) / 100 }, synflow: (0..<n).map(Double.init), naswot: (0..<n).map(Double.init))
    // K = 9 candidates, 1 s per epoch: SH from U = 1 costs 9·1 + 3·3 = 18 epochs; UNIFORM from U = 1 costs 9.
    let sim = RefinementSimulation(candidates: 9, runs: 5, budgets: [8, 9, 27, 1000], secondsPerEpoch: 1, groundTruthEpoch: 9, seed: 1)
    let sh = try sim.run(SuccessiveHalving.trails(maxFidelity: 9), on: b)
    let uniform = try sim.run(UniformAllocation(maxFidelity: 9), on: b)
    #expect(sh[0].allSatisfy { $0 == nil } && sh[1].allSatisfy { $0 == nil })
    #expect(sh[2].allSatisfy { $0 != nil })
    #expect(uniform[0].allSatisfy { $0 == nil } && uniform[1].allSatisfy { $0 != nil })
    // Curves rise monotonically in the index, so every allocator picks each set's best.
    let sets = sim.candidateSets(b)
    for (r, set) in sets.enumerated() {
        let best = set.map { b.records[$0].auc(atEpoch: 9) }.max()
        #expect(sh[3][r] == best && uniform[3][r] == best)
    }
    let curve = BudgetCurve(budgets: sim.budgets, values: sh)
    #expect(curve.budgets == [27, 1000])
    #expect(curve.firstFeasible == 27)
}
