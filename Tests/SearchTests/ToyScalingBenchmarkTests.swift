import Randomness
import Testing
@testable import Search

@Suite struct ToyScalingBenchmarkTests {
    @Test func formulasMatchTheProjectsToyEnvironment() {
        // (0.7, 0.7): the point the project's contraction stops at; latency 0.98.
        #expect(abs(ToyScalingBenchmark.latency(width: 0.7, depth: 0.7) - 0.98) < 1e-12)
        #expect(ToyScalingBenchmark.memory(width: 0.7, depth: 0.2) == 0.7)
        // 1 − (√(0.04 + 0.16) + 0.2 + 0.4) / 2 = 0.4763932022500210 (by hand: √0.2 = 0.4472135955).
        #expect(abs(ToyScalingBenchmark.accuracy(width: 0.7, depth: 0.7) - 0.4763932022500210) < 1e-12)
        #expect(ToyScalingBenchmark.accuracy(width: 0.5, depth: 0.3) == 1)
    }

    @Test func optimumIsAtHalfAndPointThree() throws {
        let toy = try ToyScalingBenchmark()
        #expect(toy.levels.count == 10)
        #expect(toy.levels[4] == 0.5 && toy.levels[2] == 0.3)
        let optimum = toy.optimum
        #expect(optimum.point == CategoricalPoint([4, 2]))
        #expect(abs(optimum.value - 1) < 1e-12)
    }

    @Test func infeasiblePointsGetTheInfeasibleValue() throws {
        let toy = try ToyScalingBenchmark()
        let corner = toy.evaluate(CategoricalPoint([9, 9]))  // latency 2 > 1
        #expect(corner.value == 0)
        #expect(corner[metric: "feasible"] == 0)
        #expect(abs((corner[metric: "latency"] ?? 0) - 2) < 1e-12)
        let edge = toy.evaluate(CategoricalPoint([9, 0]))  // 1.0² + 0.1² = 1.01 > 1
        #expect(edge.value == 0)
        #expect(toy.evaluate(CategoricalPoint([6, 6])).value > 0)  // 0.98 ≤ 1
    }

    @Test func searchesFindTheOptimum() throws {
        let toy = try ToyScalingBenchmark()
        var found = 0
        for seed: UInt64 in 1...10 {
            var generator = SeededGenerator(seed: seed)
            let result = try RegularizedEvolution(populationSize: 10, sampleSize: 5).run(
                space: toy.space, objective: toy.objective, budget: .evaluations(100), using: &generator)
            if result.best == toy.optimum.point { found += 1 }
        }
        #expect(found >= 9)
    }

    @Test func badGridThrows() {
        #expect(throws: SearchError.self) { try ToyScalingBenchmark(step: 0) }
        #expect(throws: SearchError.self) { try ToyScalingBenchmark(count: 0) }
    }
}
