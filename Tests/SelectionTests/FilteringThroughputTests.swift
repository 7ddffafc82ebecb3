import TestSupport
import Numerics
import Randomness
import Testing
@testable import Selection

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
    #expect(throws: SelectionError.self) { try FilteringThroughput(data: data, features: 40, architectures: 2, batchSize: 1, seed: 1) }
}
