import Numerics
import Search
import Testing
@testable import TabularStore

/// A hand-made benchmark: record i has AUC curve rising to `final[i]`, scores given.
func toyBenchmark(final: [Double], synflow: [Double], naswot: [Double], epochs: Int = 9) throws -> Benchmark {
    try Benchmark(records: final.indices.map { i in
        BenchmarkRecord(
            architecture: try ArchitectureSample.architecture(index: i * 7919 % 160_000, choices: MLPArchitecture.tabularChoices, layers: 4),
            position: i, parameterCount: 100,
            validationAUC: (1...epochs).map { final[i] - 0.1 / Double($0) },
            trainLoss: Array(repeating: 0.5, count: epochs),
            cumulativeSeconds: (1...epochs).map { Double($0) },
            scores: [.init(metric: .synFlow, value: synflow[i], seconds: 0.01), .init(metric: .naswot, value: naswot[i], seconds: 0.01),
                     .init(metric: .snip, value: -final[i], seconds: 0.01)])
    })
}

@Test func rankCorrelationsMatchHandComputedValues() throws {
    // synflow ranks perfectly with AUC; naswot reverses two pairs; snip is exactly reversed.
    let b = try toyBenchmark(final: [0.6, 0.7, 0.8, 0.9], synflow: [1, 2, 3, 4], naswot: [2, 1, 4, 3])
    let rho = try b.rankCorrelations(epoch: 9, metrics: [.synFlow, .naswot, .snip, .jacFlow])
    let byName = Dictionary(uniqueKeysWithValues: rho.map { ($0.name, $0.srcc) })
    #expect(abs((byName["synflow"] ?? 0) - 1) < 1e-12)
    #expect(abs((byName["naswot"] ?? 0) - 0.6) < 1e-12)   // 1 - 6·(1+1+1+1)/(4·15) = 0.6
    #expect(abs((byName["snip"] ?? 0) + 1) < 1e-12)
    // Rank fusion: (2+1, 1+2, 4+3, 3+4)/4 → ties (0.75, 0.75, 1.75, 1.75): ρ = 0.894427191 (scipy.stats.spearmanr).
    #expect(abs((byName["jacflow"] ?? 0) - 0.894427190999916) < 1e-9)
    #expect(byName["jacflow_online"]?.isNaN == true)   // no online JacFlow scores stored
}

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

@Test func kuGridChargesSuccessiveHalvingEpochs() throws {
    let n = 40
    let b = try toyBenchmark(final: (0..<n).map { 0.5 + Double($0) / 100 }, synflow: (0..<n).map(Double.init), naswot: (0..<n).map(Double.init))
    let sim = AnytimeSimulation(budgets: [1], runs: 2, scoringSeconds: 0.01, epochSeconds: 1, ratio: 4, groundTruthEpoch: 9, seed: 1)
    let cells = try sim.kuGrid(b, score: try b.jacFlowRankFusion(), kept: [3, 9], minimumFidelities: [1, 3])
    // η = 3, E = 9, ⌊n/3⌋ survivors, stop at one: K=3: 3·U; K=9,U=1: 9 + 3·3; K=9,U=3: 27 + 3·9.
    #expect(cells.map(\.epochs) == [3, 9, 18, 54])
    #expect(cells.allSatisfy { $0.meanAUC > 0.5 })
}
