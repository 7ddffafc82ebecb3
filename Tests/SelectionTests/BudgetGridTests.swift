import Randomness
import TabularStore
import Testing
@testable import Selection

@Test func logBudgetsAreLogSpacedBetweenTheEnds() {
    let budgets = Benchmark.logBudgets(from: 1, to: 1000, count: 4)
    #expect(budgets.count == 4)
    for (value, expected) in zip(budgets, [1.0, 10, 100, 1000]) { #expect(abs(value - expected) < 1e-9 * expected) }
    #expect(Benchmark.logBudgets(from: 5, to: 2, count: 3) == [5])   // no range: one budget
    #expect(Benchmark.logBudgets(from: 1, to: 10, count: 1) == [10])
}

@Test func benchmarkSamplingDrawsDistinctSeededIndices() {
    var a = SeededGenerator(seed: 4), b = SeededGenerator(seed: 4)
    let first = BenchmarkSampling.distinct(7, from: 10, generator: &a)
    #expect(first == BenchmarkSampling.distinct(7, from: 10, generator: &b))
    #expect(Set(first).count == 7 && first.allSatisfy { (0..<10).contains($0) })
    var c = SeededGenerator(seed: 4)
    #expect(BenchmarkSampling.distinct(20, from: 10, generator: &c).sorted() == Array(0..<10))   // capped at the size
}
