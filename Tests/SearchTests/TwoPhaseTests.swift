import Randomness
import Testing
@testable import Search

@Suite struct TwoPhaseTests {
    /// t1 = 1 s, t2 = 10 s, N/K = 10, η = 3 with TRAILS's floor rule, E = 4 (U ∈ {1, 2, 3}).
    func coordinator(spaceSize: Int? = nil) -> TwoPhaseCoordinator {
        TwoPhaseCoordinator(scoringSeconds: 1, epochSeconds: 10, ratio: 10,
                            refinement: .trails(maxFidelity: 4), spaceSize: spaceSize)
    }

    @Test func handComputedPlan() throws {
        // cost(K, U) = SH(K, U)·10 + 10K. SH(10, 1) = 10 + 3·3 = 19 → 290 ≤ 300;
        // SH(10, 2) = 20 + 3·4 = 32 → 420 > 300; K = 11: SH = 11 + 9 = 20 → 310 > 300;
        // K ≥ 12 costs more. So K = 10, U = 1, N = 100.
        let plan = try coordinator().plan(seconds: 300)
        #expect(plan.kept == 10)
        #expect(plan.minimumFidelity == 1)
        #expect(plan.scored == 100)
        #expect(plan.refinementEpochs == 19)
        #expect(plan.filteringSeconds == 100)
        #expect(plan.refinementSeconds == 190)
        #expect(plan.totalSeconds <= 300)
    }

    @Test func planMatchesTheUpstreamModel() throws {
        // Reference values from a Python transcription of TRAILS's coordinator.schedule with the
        // argument order as described (not the reported mix-up).
        let at450 = try coordinator().plan(seconds: 450)
        #expect([at450.kept, at450.minimumFidelity, at450.scored] == [15, 1, 150])
        let at5000 = try coordinator().plan(seconds: 5000)
        #expect([at5000.kept, at5000.minimumFidelity, at5000.scored] == [146, 1, 1460])
        // |space| = 60 caps K at 6; the budget left then buys U = 2 (SH(6, 2) = 12 + 8 = 20 → 260).
        let capped = try coordinator(spaceSize: 60).plan(seconds: 300)
        #expect([capped.kept, capped.minimumFidelity, capped.scored] == [6, 2, 60])
        let trails = try TwoPhaseCoordinator(scoringSeconds: 0.02, epochSeconds: 2,
                                             refinement: .trails(maxFidelity: 20), spaceSize: 160_000)
            .plan(seconds: 3600)
        #expect([trails.kept, trails.minimumFidelity, trails.scored] == [380, 1, 38_000])
    }

    @Test func filteringOnlyFallback() throws {
        // cost(2, 1) = 2·10 + 20 = 40 > 30: score N = ⌊30 / 1⌋ = 30 and keep 1.
        let plan = try coordinator().plan(seconds: 30)
        #expect(plan.isFilteringOnly)
        #expect(plan.scored == 30)
        #expect(plan.kept == 1)
        #expect(try coordinator(spaceSize: 25).plan(seconds: 30).scored == 25)
        #expect(throws: SearchError.self) { try coordinator().plan(seconds: 0.5) }
    }

    @Test func selectorFiltersThenRefines() throws {
        // Candidates 0 ..< 100; the cheap score prefers even numbers (so the top 10 are 98, 96, …, 80);
        // the learning curves rise to i/100, so refinement must pick 98.
        let objective = LookupObjective(learningCurves: curves(candidates: 100, epochs: 4), secondsPerEpoch: 10)
        let selector = TwoPhaseSelector(refinement: SuccessiveHalving.trails(maxFidelity: 4), scoringSeconds: 1)
        let result = try selector.select(candidates: Array(0..<100), kept: 10, minimumFidelity: 1,
                                         objective: objective) { Double($0 % 2 == 0 ? 1000 + $0 : $0) }
        #expect(result.kept == [98, 96, 94, 92, 90, 88, 86, 84, 82, 80])
        #expect(result.selected == 98)
        #expect(result.refinementEpochs == 19)
        #expect(result.totalSeconds == 100 + 190)
    }

    @Test func plannedRunSpendsWhatThePlanPredicts() throws {
        let space = try CategoricalSpace(cardinalities: [10, 10, 10])
        let objective = ClosureObjective<CategoricalPoint> { point, epochs in
            Evaluation(value: Double(space.index(of: point)) - 100 / Double(epochs ?? 4), cost: 10 * Double(epochs ?? 4))
        }
        let plan = try coordinator().plan(seconds: 300)
        var generator = SeededGenerator(seed: 4)
        let result = try TwoPhaseSelector(refinement: SuccessiveHalving.trails(maxFidelity: 4), scoringSeconds: 1)
            .run(plan: plan, space: space, objective: objective, score: { Double(space.index(of: $0)) },
                 using: &generator)
        #expect(result.scored == 100)
        #expect(result.kept.count == 10)
        #expect(result.totalSeconds == plan.totalSeconds)
        let best = try #require(result.kept.first)
        #expect(result.selected == best)
    }

    @Test func filteringOnlyKeepsTheTopScore() throws {
        let selector = TwoPhaseSelector(refinement: UniformAllocation(maxFidelity: 4), scoringSeconds: 1)
        let result = try selector.select(candidates: [3, 1, 4, 1, 5], kept: 1, minimumFidelity: nil,
                                         objective: LookupObjective<Int>(values: [:])) { Double($0) }
        #expect(result.selected == 5)
        #expect(result.refinement == nil)
        #expect(result.totalSeconds == 5)
    }
}
