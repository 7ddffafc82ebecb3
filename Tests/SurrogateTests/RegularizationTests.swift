import Testing

@testable import Surrogate

/// Hand-checked leaf weights: w = −sign(G)·max(|G|−α, 0)/(H+λ), 0 when H < min_child_weight,
/// times the learning rate; gradients are prediction − target with base score 0, hessians 1.
struct RegularizationTests {
    /// Four rows with one feature value, so the tree is a single leaf: G = −12, H = 4.
    static let single = (features: [[0.0], [0.0], [0.0], [0.0]], targets: [1.0, 2.0, 3.0, 6.0])

    func leaf(lambda: Double = 0, alpha: Double = 0, minChildWeight: Double = 0, learningRate: Double = 1)
        throws -> Double
    {
        let parameters = BoostingParameters(
            maxDepth: 3, learningRate: learningRate, lambda: lambda, alpha: alpha,
            minChildWeight: minChildWeight, baseScore: 0, rounds: 1)
        let model = try GradientBoostedTrees.fit(
            features: Self.single.features, targets: Self.single.targets, parameters: parameters, seed: 0)
        #expect(model.trees[0].nodeCount == 1)
        return model.predict([0])
    }

    @Test func l2ShrinksLeafWeight() throws {
        #expect(try leaf() == 3)                       // 12 / 4
        #expect(try leaf(lambda: 2) == 2)              // 12 / (4 + 2)
        #expect(try leaf(lambda: 2, learningRate: 0.5) == 1)
    }

    @Test func l1SoftThresholdsGradientSum() throws {
        #expect(abs(try leaf(alpha: 5) - 7.0 / 4) < 1e-15)            // (12 − 5) / 4
        #expect(abs(try leaf(lambda: 3, alpha: 5) - 1) < 1e-15)       // (12 − 5) / (4 + 3)
        #expect(try leaf(alpha: 12) == 0)                              // |G| ≤ α
        #expect(try leaf(alpha: 20) == 0)
    }

    @Test func minChildWeightZeroesSmallLeaves() throws {
        #expect(try leaf(minChildWeight: 4) == 3)      // H = 4 ≥ 4
        #expect(try leaf(minChildWeight: 4.5) == 0)    // H = 4 < 4.5: XGBoost returns weight 0
    }

    /// x = [0, 0, 0, 1], y = [0, 0, 0, 10]: the split isolates the last row (H = 1).
    @Test func minChildWeightBlocksSplits() throws {
        let xs = [[0.0], [0.0], [0.0], [1.0]]
        let ys = [0.0, 0.0, 0.0, 10.0]
        func fit(_ minChildWeight: Double, lambda: Double = 0) throws -> GradientBoostedTrees {
            try GradientBoostedTrees.fit(
                features: xs, targets: ys,
                parameters: BoostingParameters(
                    maxDepth: 2, learningRate: 1, lambda: lambda, minChildWeight: minChildWeight,
                    baseScore: 0, rounds: 1),
                seed: 0)
        }
        let split = try fit(1, lambda: 1)
        #expect(split.trees[0].leafCount == 2)
        #expect(split.predict([1]) == 5)               // 10 / (1 + 1)
        #expect(split.predict([0]) == 0)
        let blocked = try fit(2)
        #expect(blocked.trees[0].leafCount == 1)
        #expect(blocked.predict([1]) == 2.5)           // 10 / 4 for the whole node
    }

    /// x = [0, 0, 1, 1], y = [0, 0, 2, 2], λ = 0: parent score 16/4 = 4, children 0 and
    /// 16/2 = 8, so the split gain is 4.
    @Test func minSplitLossComparesWithGain() throws {
        let xs = [[0.0], [0.0], [1.0], [1.0]]
        let ys = [0.0, 0.0, 2.0, 2.0]
        func leaves(_ gamma: Double) throws -> Int {
            try GradientBoostedTrees.fit(
                features: xs, targets: ys,
                parameters: BoostingParameters(
                    maxDepth: 2, learningRate: 1, lambda: 0, minChildWeight: 0, minSplitLoss: gamma,
                    baseScore: 0, rounds: 1),
                seed: 0
            ).trees[0].leafCount
        }
        #expect(try leaves(3.9) == 2)
        #expect(try leaves(4.1) == 1)
    }

    @Test func scoringFormulas() {
        let scoring = LeafScoring(BoostingParameters(lambda: 1.5, alpha: 0.5, minChildWeight: 1))
        #expect(scoring.weight(-3, 2) == 2.5 / 3.5)
        #expect(scoring.weight(3, 2) == -2.5 / 3.5)
        #expect(scoring.score(-3, 2) == 2.5 * 2.5 / 3.5)
        #expect(scoring.weight(0.4, 2) == 0)
        #expect(scoring.weight(-3, 0.5) == 0)
    }
}
