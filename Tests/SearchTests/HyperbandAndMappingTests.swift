import Randomness
import Testing
@testable import Search

@Suite struct HyperbandAndMappingTests {
    /// Value rises with the choices' sum and with epochs; cost = epochs seconds.
    let objective = ClosureObjective<CategoricalPoint> { point, epochs in
        let e = Double(epochs ?? 9)
        return Evaluation(value: Double(point.choices.reduce(0, +)) - 1 / e, cost: e)
    }

    @Test func hyperbandIsDeterministicAndStopsAtTheSimulatedBudget() throws {
        let hyperband = Hyperband(eta: 3, maxFidelity: 9)
        var a = SeededGenerator(seed: 2)
        var b = SeededGenerator(seed: 2)
        let first = try hyperband.run(space: Bowl.space(), objective: objective, budget: .simulatedSeconds(500), using: &a)
        let second = try hyperband.run(space: Bowl.space(), objective: objective, budget: .simulatedSeconds(500), using: &b)
        #expect(first == second)
        #expect(first.clock == 500)
        #expect(first.stopReason == .simulatedTime)
        #expect(first.trace.points.allSatisfy { $0.clock <= 500 })
        // Only full-fidelity evaluations become incumbents.
        #expect(first.trace.points.allSatisfy { point in
            point.incumbent == nil || first.trace.points.contains { $0.point == point.incumbent && $0.fidelity == 9 }
        })
    }

    @Test func hyperbandFirstBracketFollowsTheSchedule() throws {
        // R = 9, η = 3: bracket s = 2 evaluates 9 points at 1 epoch, 3 at 3, 1 at 9.
        var generator = SeededGenerator(seed: 1)
        let result = try Hyperband(eta: 3, maxFidelity: 9).run(
            space: Bowl.space(), objective: objective, budget: .evaluations(13), using: &generator)
        let fidelities = result.trace.points.map { $0.fidelity ?? 0 }
        #expect(fidelities == [Int](repeating: 1, count: 9) + [3, 3, 3, 9])
        // The three promoted points are the three best of the first nine.
        let firstNine = result.trace.points.prefix(9).sorted { $0.value > $1.value }.prefix(3).map(\.point)
        #expect(Set(result.trace.points[9..<12].map(\.point)) == Set(firstNine))
    }

    @Test func pulledBackObjectiveEvaluatesTheMappedKey() throws {
        let space = try CategoricalSpace(cardinalities: [2, 3])
        let table = LookupObjective(learningCurves: ["1-2": [0.1, 0.7]], secondsPerEpoch: 5)
        let objective = table.pulledBack { (point: CategoricalPoint) in point.description }
        let evaluation = try objective.evaluate(CategoricalPoint([1, 2]), fidelity: 2)
        #expect(evaluation.value == 0.7)
        #expect(evaluation.cost == 10)
        #expect(throws: SearchError.self) { try objective.evaluate(space.point(choices: [0, 0])) }
    }
}
