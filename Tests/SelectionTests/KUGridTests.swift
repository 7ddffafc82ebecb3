import TestSupport
import Numerics
import Search
import TabularStore
import Testing
@testable import Selection

@Test func kuGridChargesSuccessiveHalvingEpochs() throws {
    let n = 40
    let b = try toyBenchmark(final: (0..<n).map { 0.5 + Double($0) / 100 }, synflow: (0..<n).map(Double.init), naswot: (0..<n).map(Double.init))
    let sim = AnytimeSimulation(budgets: [1], runs: 2, scoringSeconds: 0.01, epochSeconds: 1, ratio: 4, groundTruthEpoch: 9, seed: 1)
    let cells = try sim.kuGrid(b, score: try b.jacFlowRankFusion(), kept: [3, 9], minimumFidelities: [1, 3])
    // η = 3, E = 9, ⌊n/3⌋ survivors, stop at one: K=3: 3·U; K=9,U=1: 9 + 3·3; K=9,U=3: 27 + 3·9.
    #expect(cells.map(\.epochs) == [3, 9, 18, 54])
    #expect(cells.allSatisfy { $0.meanAUC > 0.5 })
}
