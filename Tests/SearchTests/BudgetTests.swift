import Randomness
import Testing
@testable import Search

@Suite struct BudgetTests {
    @Test func evaluationBudgetIsExact() throws {
        var generator = SeededGenerator(seed: 1)
        let result = try RandomSearch().run(space: Bowl.space(), objective: Bowl.objective(),
                                            budget: .evaluations(137), using: &generator)
        #expect(result.evaluations == 137)
        #expect(result.trace.points.count == 137)
        #expect(result.stopReason == .evaluations)
        #expect(result.clock == 137)
    }

    @Test func simulatedTimeBudgetStopsAtTheLimit() throws {
        var generator = SeededGenerator(seed: 1)
        // 0.7 s per evaluation: 14 fit in 10 s (9.8 s); the 15th would end at 10.5 s.
        let result = try RegularizedEvolution(populationSize: 5, sampleSize: 2).run(
            space: Bowl.space(), objective: Bowl.objective(cost: 0.7), budget: .simulatedSeconds(10),
            using: &generator)
        #expect(result.evaluations == 14)
        #expect(result.clock == 10)
        #expect(result.stopReason == .simulatedTime)
        let last = try #require(result.trace.points.last)
        #expect(abs(last.clock - 9.8) < 1e-9)
    }

    @Test func everyAlgorithmRespectsTheSimulatedBudget() throws {
        let budget = Budget(simulatedSeconds: 50.5)
        let space = try Bowl.space()
        var g = SeededGenerator(seed: 4)
        let results = try [
            RandomSearch().run(space: space, objective: Bowl.objective(), budget: budget, using: &g),
            RegularizedEvolution().run(space: space, objective: Bowl.objective(), budget: budget, using: &g),
            Reinforce().run(space: space, objective: Bowl.objective(), budget: budget, using: &g).result,
            SimulatedAnnealing(schedule: .geometric(initial: 1, ratio: 0.95)).run(
                space: space, objective: Bowl.objective(), budget: budget, using: &g),
            RandomWalk().run(space: space, objective: Bowl.objective(), budget: budget, using: &g),
        ]
        for result in results {
            #expect(result.evaluations == 50)
            #expect(result.clock == 50.5)
            #expect(result.trace.points.allSatisfy { $0.clock <= 50.5 })
        }
    }

    @Test func wallBudgetStops() throws {
        var generator = SeededGenerator(seed: 1)
        let result = try RandomSearch().run(space: Bowl.space(), objective: Bowl.objective(),
                                            budget: .wallSeconds(0.05), using: &generator)
        #expect(result.stopReason == .wallTime)
        #expect(result.evaluations > 0)
    }

    @Test func unlimitedBudgetIsRejected() throws {
        var generator = SeededGenerator(seed: 1)
        #expect(throws: SearchError.self) {
            try RandomSearch().run(space: Bowl.space(), objective: Bowl.objective(), budget: Budget(),
                                   using: &generator)
        }
    }

    @Test func traceIsMonotoneAndTracksTheIncumbent() throws {
        var generator = SeededGenerator(seed: 9)
        let result = try RandomSearch().run(space: Bowl.space(), objective: Bowl.objective(),
                                            budget: .evaluations(300), using: &generator)
        var best = -Double.infinity
        for (index, point) in result.trace.points.enumerated() {
            best = max(best, point.value)
            #expect(point.bestValue == best)
            #expect(point.evaluations == index + 1)
            #expect(point.clock == Double(index + 1))
        }
        #expect(result.bestEvaluation?.value == best)
    }
}
