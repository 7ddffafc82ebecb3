import Randomness
import Testing
@testable import Search

@Suite struct TraceTests {
    /// A trace whose steps finish at the given clocks with the given values.
    func trace(_ steps: [(clock: Double, value: Double)]) -> AnytimeTrace<Int> {
        var best = -Double.infinity
        var incumbent: Int?
        return AnytimeTrace(points: steps.enumerated().map { index, step in
            if step.value > best { best = step.value; incumbent = index }
            return TracePoint(clock: step.clock, evaluations: index + 1, point: index, fidelity: nil,
                              value: step.value, incumbent: incumbent, bestValue: best)
        })
    }

    @Test func bestValueIsAStepFunctionOfTheClock() {
        let t = trace([(1, 0.5), (3, 0.2), (4, 0.9)])
        #expect(t.bestValue(atClock: 0.5) == nil)
        #expect(t.bestValue(atClock: 1) == 0.5)
        #expect(t.bestValue(atClock: 3.9) == 0.5)
        #expect(t.bestValue(atClock: 4) == 0.9)
        #expect(t.bestValue(afterEvaluations: 2) == 0.5)
        #expect(t.finalBestValue == 0.9)
    }

    @Test func aggregationGivesMeanStdAndQuantiles() {
        let traces = [
            trace([(1, 1), (2, 3)]),
            trace([(1, 2), (2, 2)]),
            trace([(2, 6)]),
        ]
        let aggregate = AggregatedTrace(traces: traces, grid: [0.5, 1, 2], levels: [0, 0.5, 0.75])
        #expect(aggregate.runs == [0, 2, 3])
        #expect(aggregate.mean[0].isNaN)
        // At x = 1: values {1, 2}: mean 1.5, sample sd √0.5.
        #expect(aggregate.mean[1] == 1.5)
        #expect(abs(aggregate.standardDeviation[1] - 0.5.squareRoot()) < 1e-12)
        // At x = 2: values {3, 2, 6}: mean 11/3, sample sd √(13/3) (numpy.std(ddof=1) = 2.0816659994661326).
        #expect(abs(aggregate.mean[2] - 11.0 / 3) < 1e-12)
        #expect(abs(aggregate.standardDeviation[2] - 2.0816659994661326) < 1e-12)
        // numpy.quantile([2, 3, 6], [0, 0.5, 0.75]) = [2, 3, 4.5].
        #expect(aggregate.quantiles[0][2] == 2)
        #expect(aggregate.quantiles[1][2] == 3)
        #expect(aggregate.quantiles[2][2] == 4.5)
    }

    @Test func aggregationAlongEvaluations() {
        let traces = [trace([(10, 1), (20, 3)]), trace([(5, 2), (6, 4)])]
        let aggregate = AggregatedTrace(traces: traces, grid: [1, 2], axis: .evaluations)
        #expect(aggregate.mean == [1.5, 3.5])
    }

    @Test func gridsIncludeTheirEnds() {
        #expect(Grid.linear(from: 0, to: 1, count: 5) == [0, 0.25, 0.5, 0.75, 1])
        let log = Grid.logarithmic(from: 1, to: 1000, count: 4)
        #expect(log.first == 1 && log.last == 1000)
        #expect(abs(log[1] - 10) < 1e-9 && abs(log[2] - 100) < 1e-9)
    }
}

@Suite struct SeedAggregationTests {
    @Test func multiSeedRandomSearchAggregates() throws {
        let results = try (1...5).map { seed -> SearchResult<CategoricalPoint> in
            var generator = SeededGenerator(seed: UInt64(seed))
            return try RandomSearch().run(space: Bowl.space(), objective: Bowl.objective(),
                                          budget: .simulatedSeconds(100), using: &generator)
        }
        let grid = Grid.linear(from: 0, to: 100, count: 11)
        let aggregate = AggregatedTrace(results: results, grid: grid)
        #expect(aggregate.runs == [0] + [Int](repeating: 5, count: 10))
        let median = try #require(aggregate.band(0.5))
        let lower = try #require(aggregate.band(0.25))
        let upper = try #require(aggregate.band(0.75))
        for i in 1..<grid.count {
            #expect(lower[i] <= median[i] && median[i] <= upper[i])
            #expect(aggregate.mean[i] >= aggregate.mean[i - 1] || i == 1)
        }
        // The final mean is the mean of the five runs' final best values.
        let finals = results.compactMap { $0.trace.finalBestValue }
        #expect(abs(aggregate.mean[10] - finals.reduce(0, +) / 5) < 1e-12)
    }
}
