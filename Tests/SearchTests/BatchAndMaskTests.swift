import Randomness
import Testing
@testable import Search

@Suite struct BatchAndMaskTests {
    let objective = ClosureObjective<Int> { point, _ in Evaluation(value: Double(point), cost: Double(point)) }

    @Test func batchAdvancesByTheSlowest() throws {
        var session = SearchSession(objective: objective, budget: .simulatedSeconds(10))
        let results = try #require(try session.evaluate(batch: [1, 3, 2]))
        #expect(results.map(\.value) == [1, 3, 2])
        #expect(session.clock.now == 3)
        #expect(session.trace.points.map(\.clock) == [3, 3, 3])
        #expect(session.evaluations == 3)
        #expect(session.best == 3)
        // 3 + 8 > 10: the whole batch is discarded and the clock stops at the limit.
        #expect(try session.evaluate(batch: [8, 1]) == nil)
        #expect(session.clock.now == 10)
        #expect(session.evaluations == 3)
    }

    @Test func batchIsTruncatedByTheEvaluationLimit() throws {
        var session = SearchSession(objective: objective, budget: .evaluations(4))
        _ = try session.evaluate(batch: [1, 2, 3])
        let rest = try #require(try session.evaluate(batch: [5, 6, 7]))
        #expect(rest.map(\.value) == [5])
        #expect(session.evaluations == 4)
        #expect(try session.evaluate(batch: [1]) == nil)
    }

    @Test func parallelAnnealingChargesTheSlowestProposal() throws {
        // Every evaluation costs 1 s: sequential steps of 3 proposals cost 3 s, parallel ones 1 s.
        let annealing = SimulatedAnnealing(schedule: .exponential(maximum: 0.04, minimum: 0.001, steps: 300),
                                           stepsPerRun: 300, proposalsPerStep: 3, parallelProposals: true)
        var generator = SeededGenerator(seed: 1)
        let result = try annealing.run(space: Bowl.space(), objective: Bowl.objective(),
                                       budget: .evaluations(10_000), using: &generator)
        #expect(result.evaluations == 1 + 900)
        #expect(result.clock == 1 + 300)
    }

    @Test func maskedPolicyNeverSamplesMaskedOptions() {
        var policy = CategoricalPolicy(cardinalities: [4])
        policy.logits = [[5, 0, 1, 2]]
        let mask = [false, true, true, false]
        let p = policy.probabilities(0, mask: mask)
        #expect(p[0] == 0 && p[3] == 0)
        #expect(abs(p[1] + p[2] - 1) < 1e-12)
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<1000 {
            let option = policy.sample(0, mask: mask, using: &generator)
            #expect(option == 1 || option == 2)
        }
        #expect(policy.sample(0, mask: [false, false, false, false], using: &generator) == nil)
        let g = policy.gradient(0, choice: 2, mask: mask, advantage: 2)
        #expect(g[0] == 0 && g[3] == 0)
        #expect(abs(g[2] - 2 * (1 - p[2])) < 1e-12)
        #expect(abs(g[1] + 2 * p[1]) < 1e-12)
    }
}
