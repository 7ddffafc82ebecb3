import Randomness
import Testing
@testable import Search

@Suite struct ReinforceTests {
    @Test func gradientMatchesFiniteDifferences() {
        var policy = CategoricalPolicy(cardinalities: [3, 2])
        policy.logits = [[0.3, -1.2, 0.5], [2.0, -0.4]]
        let choices = [2, 0]
        let advantage = 1.7
        let beta = 0.3
        func objective(_ p: CategoricalPolicy) -> Double {
            advantage * p.logProbability(choices) + beta * p.entropy
        }
        let analytic = policy.gradient(choices: choices, advantage: advantage, entropyWeight: beta)
        let h = 1e-6
        for d in policy.logits.indices {
            for k in policy.logits[d].indices {
                var plus = policy
                var minus = policy
                plus.logits[d][k] += h
                minus.logits[d][k] -= h
                let numeric = (objective(plus) - objective(minus)) / (2 * h)
                #expect(abs(numeric - analytic[d][k]) < 1e-6)
            }
        }
    }

    @Test func samplingFollowsTheSoftmax() {
        var policy = CategoricalPolicy(cardinalities: [3])
        policy.logits = [[0, 1, 2]]
        let p = policy.probabilities(0)
        var generator = SeededGenerator(seed: 2)
        var counts = [0, 0, 0]
        let n = 60_000
        for _ in 0..<n { counts[policy.sample(using: &generator)[0]] += 1 }
        for k in 0..<3 {
            let sd = (p[k] * (1 - p[k]) / Double(n)).squareRoot()
            #expect(abs(Double(counts[k]) / Double(n) - p[k]) < 5 * sd)
        }
    }

    @Test func updateUsesThePreBatchBaselineThenMovesIt() {
        let reinforce = Reinforce(learningRate: 0.5, baselineDecay: 0.8, batchSize: 2)
        var policy = CategoricalPolicy(cardinalities: [2])
        var baseline: Double? = 1.0
        reinforce.update(&policy, baseline: &baseline, batch: [([0], 3.0), ([1], 2.0)])
        // Advantages 2 and 1 against b = 1; uniform p = (½, ½):
        // ∇z0 = [2·(1 − ½) + 1·(0 − ½)] / 2 = 0.25, ∇z1 = −0.25; step 0.5 → ±0.125.
        #expect(abs(policy.logits[0][0] - 0.125) < 1e-12)
        #expect(abs(policy.logits[0][1] + 0.125) < 1e-12)
        // b ← 0.8·1 + 0.2·3 = 1.4, then 0.8·1.4 + 0.2·2 = 1.52.
        #expect(abs((baseline ?? 0) - 1.52) < 1e-12)
    }

    @Test func findsTheBowlOptimumIn3000Evaluations() throws {
        // Random search finds the optimum of the 4096 points in 3000 evaluations with probability
        // 1 − (4095/4096)^3000 ≈ 0.52; without the entropy bonus the policy collapses early.
        let reinforce = Reinforce(learningRate: 0.1, baselineDecay: 0.9, entropyWeight: 0.1,
                                  reward: Reward { $0.value / 10 })
        var modes = 0
        let found = try successes { generator in
            let (result, policy) = try reinforce.run(space: Bowl.space(), objective: Bowl.objective(),
                                                     budget: .evaluations(3000), using: &generator)
            if policy.mode == Bowl.optimum.choices { modes += 1 }
            return result.best == Bowl.optimum
        }
        #expect(found >= 9)
        #expect(modes >= 8)
    }

    @Test func sameSeedSameRun() throws {
        let reinforce = Reinforce(batchSize: 3)
        var a = SeededGenerator(seed: 8)
        var b = SeededGenerator(seed: 8)
        let first = try reinforce.run(space: Bowl.space(), objective: Bowl.objective(), budget: .evaluations(90), using: &a)
        let second = try reinforce.run(space: Bowl.space(), objective: Bowl.objective(), budget: .evaluations(90), using: &b)
        #expect(first.result == second.result)
        #expect(first.policy == second.policy)
    }

    @Test func performanceScaledReward() {
        let reward = Reward.scaledByPerformance(accuracy: "acc", performance: "throughput", target: 3000, exponent: 0.07)
        let evaluation = Evaluation(value: 0, metrics: ["acc": 0.77, "throughput": 1500])
        // python3: 0.77 * 0.5 ** 0.07 = 0.7335312584938317
        #expect(abs(reward(evaluation) - 0.7335312584938317) < 1e-12)
        #expect(reward(Evaluation(value: 0, metrics: ["acc": 0.77])) == 0)
        let split = Reward.scaledByPerformance(performance: "t", target: 10, exponent: -0.07, exponentAboveTarget: 0)
        #expect(split(Evaluation(value: 0.5, metrics: ["t": 20])) == 0.5)
    }
}
