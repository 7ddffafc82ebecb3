import Randomness
import Testing
@testable import Search

@Suite struct RandomAndEvolutionTests {
    @Test func randomSearchFindsTheNeedleIn300Evaluations() throws {
        // P(miss) per seed = (59/60)^300 ≈ 0.0065.
        let found = try successes { generator in
            let result = try RandomSearch().run(space: Needle.space(), objective: Needle.objective(),
                                                budget: .evaluations(300), using: &generator)
            return result.best == Needle.optimum
        }
        #expect(found >= 9)
    }

    @Test func evolutionFindsTheBowlOptimumIn500Evaluations() throws {
        // 4096 points: random search finds the optimum in 500 evaluations with probability ≈ 0.11.
        let found = try successes { generator in
            let result = try RegularizedEvolution(populationSize: 20, sampleSize: 10).run(
                space: Bowl.space(), objective: Bowl.objective(), budget: .evaluations(500), using: &generator)
            return result.best == Bowl.optimum
        }
        #expect(found >= 9)
    }

    @Test func sameSeedSameTrace() throws {
        for seed: UInt64 in [1, 2] {
            var a = SeededGenerator(seed: seed)
            var b = SeededGenerator(seed: seed)
            let evolution = RegularizedEvolution(populationSize: 10, sampleSize: 3)
            let first = try evolution.run(space: Bowl.space(), objective: Bowl.objective(), budget: .evaluations(200), using: &a)
            let second = try evolution.run(space: Bowl.space(), objective: Bowl.objective(), budget: .evaluations(200), using: &b)
            #expect(first == second)
            let r1 = try RandomSearch().run(space: Bowl.space(), objective: Bowl.objective(), budget: .evaluations(50), using: &a)
            let r2 = try RandomSearch().run(space: Bowl.space(), objective: Bowl.objective(), budget: .evaluations(50), using: &b)
            #expect(r1 == r2)
        }
        var c = SeededGenerator(seed: 1)
        var d = SeededGenerator(seed: 2)
        let r3 = try RandomSearch().run(space: Bowl.space(), objective: Bowl.objective(), budget: .evaluations(50), using: &c)
        let r4 = try RandomSearch().run(space: Bowl.space(), objective: Bowl.objective(), budget: .evaluations(50), using: &d)
        #expect(r3.trace != r4.trace)
    }

    @Test func agingRemovesTheOldestWhateverItsValue() {
        var population = AgingPopulation<String>(capacity: 3)
        #expect(population.append("a", value: 100) == nil)
        #expect(population.append("b", value: 1) == nil)
        #expect(population.append("c", value: 2) == nil)
        let removed = population.append("d", value: 0)
        #expect(removed?.point == "a")
        #expect(removed?.value == 100)
        #expect(population.members.map(\.point) == ["b", "c", "d"])
        #expect(population.append("e", value: 5)?.point == "b")
        #expect(population.members.map(\.point) == ["c", "d", "e"])
        #expect(population.members.map(\.birth) == [2, 3, 4])
    }

    @Test func evolutionChildrenAreOneMutationFromALivingMember() throws {
        // After the initial population, every evaluated point differs in exactly one choice from
        // some member alive when it was created (the tournament parent).
        var generator = SeededGenerator(seed: 5)
        let populationSize = 6
        let result = try RegularizedEvolution(populationSize: populationSize, sampleSize: 3).run(
            space: Bowl.space(), objective: Bowl.objective(), budget: .evaluations(60), using: &generator)
        let points = result.trace.points.map(\.point)
        for index in populationSize..<points.count {
            let alive = points[(index - populationSize)..<index]
            let hasParent = alive.contains { parent in
                zip(parent.choices, points[index].choices).filter { $0 != $1 }.count == 1
            }
            #expect(hasParent)
        }
    }

    @Test func aHugeCapacityIsNotAllocatedUpFront() {
        var population = AgingPopulation<Int>(capacity: 1_000_000_000_000)
        for point in 0..<5 { population.append(point, value: Double(point)) }
        #expect(population.count == 5)
        #expect(population.capacity == 1_000_000_000_000)
    }

    @Test func tournamentPicksTheBestSampled() {
        var population = AgingPopulation<Int>(capacity: 4)
        for (point, value) in [(0, 1.0), (1, 4.0), (2, 3.0), (3, 2.0)] {
            population.append(point, value: value)
        }
        // With sampleSize = 200 every member is drawn with overwhelming probability: the best wins.
        var generator = SeededGenerator(seed: 1)
        let evolution = RegularizedEvolution(populationSize: 4, sampleSize: 200)
        #expect(evolution.tournament(population, using: &generator) == 1)
        // With sampleSize = 1 the tournament is a uniform draw: every member is picked sometimes.
        let uniform = RegularizedEvolution(populationSize: 4, sampleSize: 1)
        let picked = Set((0..<200).map { _ in uniform.tournament(population, using: &generator) })
        #expect(picked == [0, 1, 2, 3])
    }
}
