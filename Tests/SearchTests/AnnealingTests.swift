import Randomness
import Testing
@testable import Search

@Suite struct AnnealingTests {
    @Test func acceptanceProbabilityIsMetropolis() {
        #expect(Metropolis.acceptanceProbability(delta: -0.3, temperature: 0.01) == 1)
        #expect(Metropolis.acceptanceProbability(delta: 0, temperature: 0) == 1)
        #expect(Metropolis.acceptanceProbability(delta: 0.1, temperature: 0) == 0)
        // exp(-0.02 / 0.04) = 0.6065306597126334
        #expect(abs(Metropolis.acceptanceProbability(delta: 0.02, temperature: 0.04) - 0.6065306597126334) < 1e-15)
    }

    @Test func acceptanceFrequencyMatchesExpInsideTheAlgorithm() throws {
        // Two points, values 0 and −1; every move proposes the other point. From the better
        // point Δ = 1, so at T = 2 a move is accepted with probability e^{-1/2}. A proposal is
        // accepted exactly when the next proposal is the other point.
        let space = try CategoricalSpace(cardinalities: [2])
        let objective = ClosureObjective<CategoricalPoint>(cost: 0) { $0.choices[0] == 0 ? 0 : -1 }
        var generator = SeededGenerator(seed: 12)
        let result = try SimulatedAnnealing(schedule: .custom { _ in 2 }, stepsPerRun: 20_000).run(
            space: space, objective: objective, budget: .evaluations(30_000), start: CategoricalPoint([0]),
            using: &generator)
        let proposals = result.trace.points.dropFirst().map { $0.point.choices[0] }
        var trials = 0
        var accepted = 0
        for k in 0..<(proposals.count - 1) where proposals[k] == 1 {
            trials += 1
            if proposals[k + 1] == 0 { accepted += 1 }
        }
        let p = 0.6065306597126334
        let sd = (p * (1 - p) / Double(trials)).squareRoot()
        #expect(trials > 5000)
        #expect(abs(Double(accepted) / Double(trials) - p) < 5 * sd)
    }

    @Test func schedules() {
        let fyp = TemperatureSchedule.exponential(maximum: 0.04, minimum: 0.001, steps: 300)
        #expect(abs(fyp.temperature(atStep: 0) - 0.04) < 1e-15)
        #expect(abs(fyp.temperature(atStep: 300) - 0.001) < 1e-15)
        #expect(abs(fyp.temperature(atStep: 150) - (0.04 * 0.001).squareRoot()) < 1e-15)
        let ratio = (0.001 / 0.04).squareRoot().squareRoot()  // (1/40)^(1/4): 4 steps
        let geometric = TemperatureSchedule.geometric(initial: 0.04, ratio: ratio)
        let fyp4 = TemperatureSchedule.exponential(maximum: 0.04, minimum: 0.001, steps: 4)
        for step in 0...4 {
            #expect(abs(geometric.temperature(atStep: step) - fyp4.temperature(atStep: step)) < 1e-15)
        }
        let linear = TemperatureSchedule.linear(initial: 1, final: 0, steps: 10)
        #expect(linear.temperature(atStep: 5) == 0.5)
        #expect(linear.temperature(atStep: 20) == 0)
    }

    @Test func findsTheBowlOptimumIn600Evaluations() throws {
        let annealing = SimulatedAnnealing(schedule: .geometric(initial: 5, ratio: 0.99))
        let found = try successes { generator in
            let result = try annealing.run(space: Bowl.space(), objective: Bowl.objective(),
                                           budget: .evaluations(600), using: &generator)
            return result.best == Bowl.optimum
        }
        #expect(found >= 9)
    }

    @Test func restartsAndProposalsCountEvaluations() throws {
        // 1 start + 10 steps × 3 proposals, then 2 restarts of (1 sample + 30): 93 evaluations.
        var generator = SeededGenerator(seed: 3)
        let result = try SimulatedAnnealing(schedule: .linear(initial: 1, final: 0, steps: 10), stepsPerRun: 10,
                                            restarts: 2, proposalsPerStep: 3).run(
            space: Bowl.space(), objective: Bowl.objective(), budget: .evaluations(1000), using: &generator)
        #expect(result.evaluations == 93)
        #expect(result.stopReason == .completed)
    }

    @Test func sameSeedSameRun() throws {
        let annealing = SimulatedAnnealing(schedule: .exponential(maximum: 0.04, minimum: 0.001, steps: 300),
                                           stepsPerRun: 300, proposalsPerStep: 3)
        var a = SeededGenerator(seed: 6)
        var b = SeededGenerator(seed: 6)
        let first = try annealing.run(space: Bowl.space(), objective: Bowl.objective(), budget: .evaluations(2000), using: &a)
        let second = try annealing.run(space: Bowl.space(), objective: Bowl.objective(), budget: .evaluations(2000), using: &b)
        #expect(first == second)
        #expect(first.evaluations == 901)
    }

    @Test func randomWalkMovesOneChoiceAtATimeAndNeverRejects() throws {
        var generator = SeededGenerator(seed: 2)
        let result = try RandomWalk(steps: 200).run(space: Bowl.space(), objective: Bowl.objective(),
                                                    budget: .evaluations(10_000), using: &generator)
        #expect(result.evaluations == 201)
        let points = result.trace.points.map(\.point)
        for (previous, next) in zip(points, points.dropFirst()) {
            #expect(zip(previous.choices, next.choices).filter { $0 != $1 }.count == 1)
        }
    }

    @Test func randomWalkIsDeterministic() throws {
        var a = SeededGenerator(seed: 4)
        var b = SeededGenerator(seed: 4)
        let first = try RandomWalk(steps: 50).run(space: Bowl.space(), objective: Bowl.objective(),
                                                  budget: .evaluations(100), using: &a)
        let second = try RandomWalk(steps: 50).run(space: Bowl.space(), objective: Bowl.objective(),
                                                   budget: .evaluations(100), using: &b)
        #expect(first == second)
    }
}
