import Randomness
import Search
import Testing

@testable import Inlining

struct InliningTests {
    @Test func annealingScheduleIsTheFYPs() {
        let schedule = InliningSpace.schedule
        #expect(abs(schedule.temperature(atStep: 0) - 0.04) < 1e-15)
        #expect(abs(schedule.temperature(atStep: 300) - 0.001) < 1e-15)
        // Halfway the temperature is the geometric mean √(0.04 · 0.001).
        #expect(abs(schedule.temperature(atStep: 150) - (0.04 * 0.001).squareRoot()) < 1e-15)
    }

    @Test func ridgeOnAHandCheckedProblem() {
        // AᵀA + I = [3 1; 1 3], Aᵀy = [4, 5] → w = [7/8, 11/8].
        let w = LinearRegression.ridge([[1, 0], [0, 1], [1, 1]], [1, 2, 3], lambda: 1)
        #expect(abs(w[0] - 7.0 / 8) < 1e-12 && abs(w[1] - 11.0 / 8) < 1e-12)
    }

    @Test func lassoOnHandCheckedProblems() {
        // One column [1, 2], y = [2, 4]: (1/2n)‖y − aw‖² + α|w| → w = (5 − α) / 2.5.
        let w = LinearRegression.lasso([[1], [2]], [2, 4], alpha: 0.5)
        #expect(abs(w[0] - 1.8) < 1e-9)
        // α above the correlation zeroes the weight.
        #expect(LinearRegression.lasso([[1], [2]], [2, 4], alpha: 6)[0] == 0)
        // Orthogonal columns soft-threshold independently: y = [3, −1] on I₂, n = 2:
        // w_j = S(y_j / 2, α) / (1/2) → α = 0.25: [2.5, −0.5].
        let two = LinearRegression.lasso([[1, 0], [0, 1]], [3, -1], alpha: 0.25)
        #expect(abs(two[0] - 2.5) < 1e-9 && abs(two[1] + 0.5) < 1e-9)
    }

    @Test func designMatrixFollowsTheDecay() {
        let problem = InliningProblem(parents: [-1, 0, 1], children: [[1], [2], []], benefits: [0, 0.1, 0.1],
                                      baseTime: 1)
        let row = DesignMatrix.row(InliningConfiguration(inlined: [true, true, false]), problem: problem, decay: 0.5)
        #expect(row == [1, 0, 0.5, 0, 0, 0.25])
        // Not inlining node 1 hides node 2 entirely.
        #expect(DesignMatrix.row(InliningConfiguration(inlined: [true, false, true]), problem: problem, decay: 0.5)
                == [1, 0, 0, 0.5, 0, 0])
    }

    @Test func dynamicProgrammingOptimumMatchesBruteForce() {
        let problem = InliningProblem.random(nodes: 11, maxDepth: 3, meanBenefit: 0, sdBenefit: 0.05, seed: 5)
        var bestTime = Double.infinity
        for mask in 0..<(1 << 10) {
            let inlined = [true] + (0..<10).map { mask & (1 << $0) != 0 }
            bestTime = min(bestTime, problem.time(InliningConfiguration(inlined: inlined)))
        }
        #expect(abs(problem.optimum.time - bestTime) < 1e-12)
    }

    @Test func neighbourMovesStayInTheTree() {
        let problem = InliningProblem.random(nodes: 40, seed: 9)
        var generator = SeededGenerator(seed: 1)
        var configuration = problem.empty
        for _ in 0..<200 {
            let next = problem.neighbour(of: configuration, using: &generator)
            #expect(next.inlined[0])
            let changed = zip(next.inlined, configuration.inlined).filter { $0 != $1 }.count
            #expect(changed == 1 || changed == 3 || changed == min(3, problem.leaves(of: configuration).count))
            configuration = next
        }
    }

    @Test func ridgeRecoversPlantedRewards() {
        // Explored configurations of a small tree, log benefit target with γ = 1:
        // the fitted inline weights equal the planted benefits up to the shared offset.
        let problem = InliningProblem.random(nodes: 8, maxDepth: 2, seed: 2)
        var generator = SeededGenerator(seed: 4)
        let space = InliningSpace(problem: problem)
        let configurations = (0..<60).map { _ in space.sample(using: &generator) }
        let a = DesignMatrix.build(configurations, problem: problem, decay: 1)
        let base = problem.time(problem.empty)
        let y = configurations.map { DesignMatrix.logBenefit(time: problem.time($0), baseline: base) }
        let w = LinearRegression.ridge(a, y, lambda: 1e-9)
        #expect(LinearRegression.rSquared(a, y, weights: w) > 0.999999)
        let search = AlphaSearch.run(a, y)
        #expect(search.alpha > 0 && search.alpha < 1 && !search.steps.isEmpty)
    }

    /// The halving phase keeps the best validation R² until a step fails to improve with a
    /// non-zero weight; failing while every weight is zero does not stop it.
    @Test func halvingKeepsTheBestUntilANonZeroStepFailsToImprove() {
        func step(_ r2: Double, _ nonZero: Int) -> (validationRSquared: Double, nonZero: Int) { (r2, nonZero) }
        #expect(AlphaSearch.keptByHalving([]) == nil)
        #expect(AlphaSearch.keptByHalving([step(0.1, 0), step(0.0, 0), step(0.3, 2), step(0.5, 4), step(0.4, 5), step(0.9, 9)]) == 3)
        #expect(AlphaSearch.keptByHalving([step(-0.2, 2), step(-0.5, 2), step(0.4, 9)]) == 0)
        #expect(AlphaSearch.keptByHalving([step(0.2, 1), step(.nan, 3), step(0.6, 4)]) == 0)
    }
}
