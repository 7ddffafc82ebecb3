import Randomness
import Testing
@testable import Search

/// K candidates 0 ..< K whose learning curves rise to i / K, with optional seeded noise.
func curves(candidates: Int, epochs: Int, noise: Double = 0, seed: UInt64 = 0) -> [Int: [Double]] {
    var generator = SeededGenerator(seed: seed)
    var result: [Int: [Double]] = [:]
    for i in 0..<candidates {
        let final = Double(i) / Double(candidates)
        result[i] = (1...epochs).map { e in
            final - 0.5 / Double(e) + noise * generator.nextNormal() / Double(e).squareRoot()
        }
    }
    return result
}

@Suite struct AllocationTests {
    @Test func successiveHalvingRoundsKeepCeilingAndSpendThePlan() throws {
        let sh = SuccessiveHalving(eta: 3, maxFidelity: 81)
        let objective = LookupObjective(learningCurves: curves(candidates: 10, epochs: 81), secondsPerEpoch: 2)
        let result = try sh.select(from: Array(0..<10), minimumFidelity: 1, objective: objective)
        // 10 at 1 epoch → ⌈10/3⌉ = 4 at 3 → ⌈4/3⌉ = 2 at 9 → 1: 10 + 12 + 18 = 40 epochs.
        #expect(result.rounds.map(\.candidates) == [10, 4, 2])
        #expect(result.rounds.map(\.fidelity) == [1, 3, 9])
        #expect(result.rounds.map(\.survivors) == [4, 2, 1])
        #expect(result.epochs == 40)
        #expect(sh.plannedEpochs(candidates: 10, minimumFidelity: 1) == 40)
        #expect(result.seconds == 80)
        #expect(result.selected == 9)
    }

    @Test func trailsRuleFloorsAndCapsAtMaxEpochs() throws {
        let sh = SuccessiveHalving.trails(maxFidelity: 20)
        // Reference values from a Python transcription of TRAILS's
        // BudgetAwareControllerSH.pre_calculate_epoch_required(eta=3, max=20, K, U):
        // (10, 8) → 140 (10×8, then 3 left at min(24, 20) = 20: 3×20); (400, 1) → 1475; (400, 2) → 2670.
        #expect(sh.plannedEpochs(candidates: 10, minimumFidelity: 8) == 140)
        #expect(sh.plannedEpochs(candidates: 400, minimumFidelity: 1) == 1475)
        #expect(sh.plannedEpochs(candidates: 400, minimumFidelity: 2) == 2670)
        #expect(sh.plannedEpochs(candidates: 1, minimumFidelity: 5) == 0)
        // Floor vs ceiling differ: 10 at 1 → ⌊10/3⌋ = 3 at 3 → 1: 19 epochs (E = 81).
        #expect(SuccessiveHalving.trails(maxFidelity: 81).plannedEpochs(candidates: 10, minimumFidelity: 1) == 19)
        let objective = LookupObjective(learningCurves: curves(candidates: 400, epochs: 20), secondsPerEpoch: 1)
        let result = try sh.select(from: Array(0..<400), minimumFidelity: 1, objective: objective)
        #expect(result.rounds.map(\.candidates) == [400, 133, 44, 14])
        #expect(result.rounds.map(\.fidelity) == [1, 3, 9, 20])
        #expect(result.epochs == 1475)
        #expect(result.selected == 399)
    }

    @Test func successiveRejectsMatchesTrailsAccounting() throws {
        // Reference values from a Python transcription of TRAILS's SR.pre_calculate_epoch_required
        // (max_unit = E): (K, U, E) = (400, 1, 20) → 64694; (400, 2, 20) → 167315; (100, 1, 200) → 4524;
        // (4, 1, 10) → 8 (4 at 1, skip 3, 2 at 2); (6, 1, 10) → 18.
        #expect(SuccessiveRejects(maxFidelity: 20).plannedEpochs(candidates: 400, minimumFidelity: 1) == 64694)
        #expect(SuccessiveRejects(maxFidelity: 20).plannedEpochs(candidates: 400, minimumFidelity: 2) == 167315)
        #expect(SuccessiveRejects(maxFidelity: 200).plannedEpochs(candidates: 100, minimumFidelity: 1) == 4524)
        #expect(SuccessiveRejects(maxFidelity: 10).plannedEpochs(candidates: 4, minimumFidelity: 1) == 8)
        #expect(SuccessiveRejects(maxFidelity: 10).plannedEpochs(candidates: 6, minimumFidelity: 1) == 18)
        // Skipping every redundant retrain trains once per distinct e = ⌊400/m⌋, at the largest m
        // with that e: Σ_{e=1…20} e·⌊400/e⌋ = 7940 (same Python transcription, previous_epoch updated).
        let skipping = SuccessiveRejects(maxFidelity: 20, reuse: .previousRound)
        #expect(skipping.plannedEpochs(candidates: 400, minimumFidelity: 1) == 7940)
        #expect(skipping.plannedEpochs(candidates: 400, minimumFidelity: 2) == 15145)
        let skipped = try skipping.select(from: Array(0..<400), minimumFidelity: 1, objective: LookupObjective(
            learningCurves: curves(candidates: 400, epochs: 20), secondsPerEpoch: 1))
        #expect(skipped.epochs == 7940)
        #expect(skipped.selected == 399)
        let sr = SuccessiveRejects(maxFidelity: 20)
        let objective = LookupObjective(learningCurves: curves(candidates: 400, epochs: 20), secondsPerEpoch: 0.5)
        let result = try sr.select(from: Array(0..<400), minimumFidelity: 1, objective: objective)
        #expect(result.epochs == 64694)
        #expect(result.seconds == 64694 * 0.5)
        #expect(result.selected == 399)
        // Rounds run m = 400 … 20; at m = 20 each gets ⌊400/20⌋ = 20 = E epochs and the best is kept.
        #expect(result.rounds.count == 381)
        #expect(result.rounds.last?.fidelity == 20)
    }

    @Test func uniformTrainsEveryoneTheSame() throws {
        let uniform = UniformAllocation(maxFidelity: 20)
        #expect(uniform.plannedEpochs(candidates: 400, minimumFidelity: 3) == 1200)
        #expect(uniform.plannedEpochs(candidates: 400, minimumFidelity: 30) == 8000)
        let objective = LookupObjective(learningCurves: curves(candidates: 50, epochs: 20), secondsPerEpoch: 1)
        let result = try uniform.select(from: Array(0..<50), minimumFidelity: 2, objective: objective)
        #expect(result.epochs == 100)
        #expect(result.selected == 49)
    }

    @Test func largestFeasibleMinimumFidelity() {
        let sh = SuccessiveHalving.trails(maxFidelity: 20)
        // K = 400: U = 1 costs 1475 epochs, U = 2 costs 2670.
        #expect(sh.largestMinimumFidelity(candidates: 400, seconds: 2000, secondsPerEpoch: 1, options: Array(1...19)) == 1)
        #expect(sh.largestMinimumFidelity(candidates: 400, seconds: 1000, secondsPerEpoch: 1, options: Array(1...19)) == nil)
        #expect(UniformAllocation(maxFidelity: 20).largestMinimumFidelity(
            candidates: 400, seconds: 1000, secondsPerEpoch: 1, options: Array(1...19)) == 2)
    }

    @Test func selectionUnderATimeBudget() throws {
        let objective = LookupObjective(learningCurves: curves(candidates: 400, epochs: 20), secondsPerEpoch: 2)
        let options = Array(1...199)
        // 2 s per epoch: SH needs 1475 epochs (2950 s) at U = 1 and 2670 (5340 s) at U = 2.
        let sh = SuccessiveHalving.trails(maxFidelity: 20)
        #expect(try sh.select(from: Array(0..<400), seconds: 2900, secondsPerEpoch: 2, options: options,
                              objective: objective) == nil)
        let feasible = try #require(try sh.select(from: Array(0..<400), seconds: 3000, secondsPerEpoch: 2,
                                                  options: options, objective: objective))
        #expect(feasible.epochs == 1475)
        #expect(feasible.seconds <= 3000)
        // UNIFORM at 3000 s affords U = ⌊3000 / 800⌋ = 3.
        let uniform = try #require(try UniformAllocation(maxFidelity: 20).select(
            from: Array(0..<400), seconds: 3000, secondsPerEpoch: 2, options: options, objective: objective))
        #expect(uniform.rounds.first?.fidelity == 3)
    }

    @Test func successiveHalvingFindsTheBestUnderNoise() throws {
        // 27 candidates spaced 1/27 apart, noise sd 0.05/√e; budget: the 81 planned epochs.
        var found = 0
        for seed: UInt64 in 1...10 {
            let objective = LookupObjective(
                learningCurves: curves(candidates: 27, epochs: 27, noise: 0.05, seed: seed), secondsPerEpoch: 1)
            let result = try SuccessiveHalving(eta: 3, maxFidelity: 27).select(
                from: Array(0..<27), minimumFidelity: 1, objective: objective)
            #expect(result.epochs == 81)
            if result.selected == 26 { found += 1 }
        }
        #expect(found >= 9)
    }

    @Test func lookupReportsMissingKeysWithTheKey() {
        let objective = LookupObjective(values: [1: 0.5])
        #expect(throws: SearchError.missingRecord(key: "2", fidelity: 3)) {
            try objective.evaluate(2, fidelity: 3)
        }
        #expect(SearchError.missingRecord(key: "2", fidelity: 3).description
            == "LookupObjective: no record for key 2 at fidelity 3")
    }

    @Test func hyperbandBracketsMatchLiEtAl() {
        let hyperband = Hyperband(eta: 3, maxFidelity: 81)
        #expect(hyperband.maxBracket == 4)
        let brackets = (0...4).reversed().map(hyperband.bracket)
        #expect(brackets.map(\.points) == [81, 34, 15, 8, 5])
        #expect(brackets.map(\.fidelity) == [1, 3, 9, 27, 81])
    }

    @Test func hyperbandFindsTheNeedle() throws {
        let objective = ClosureObjective<CategoricalPoint> { point, epochs in
            let e = Double(epochs ?? 9)
            let value = (point == Needle.optimum ? 10 : Double(point.choices.reduce(0, +)) / 100) - 1 / e
            return Evaluation(value: value, cost: e)
        }
        let found = try successes { generator in
            let result = try Hyperband(eta: 3, maxFidelity: 9).run(
                space: Needle.space(), objective: objective, budget: .evaluations(400), using: &generator)
            #expect(result.trace.points.allSatisfy { $0.incumbent == nil || $0.bestValue > -1 })
            return result.best == Needle.optimum
        }
        #expect(found >= 9)
    }
}
