import Testing

@testable import Surrogate

/// Exact-fit and XGBoost-reference tests of the GBDT.
struct GradientBoostedTreesFitTests {
    /// One tree, no regularization, learning rate 1: leaves are residual means.
    static let exact = BoostingParameters(
        maxDepth: 2, learningRate: 1, lambda: 0, alpha: 0, minChildWeight: 0, baseScore: 0, rounds: 1)

    @Test func fitsOneDimensionalStepFunctionExactly() throws {
        let xs = (0..<10).map { [Double($0)] }
        func f(_ x: Double) -> Double { x < 3 ? 1 : (x < 7 ? 5 : 2) }
        let model = try GradientBoostedTrees.fit(
            features: xs, targets: xs.map { f($0[0]) }, parameters: Self.exact, seed: 1)
        for x in xs { #expect(abs(model.predict(x) - f(x[0])) < 1e-12) }
        #expect(model.trees.count == 1)
        #expect(model.trees[0].leafCount == 3)
        // Thresholds sit at the first value of the right bin: 2.5 goes left of 3.
        #expect(model.predict([2.5]) == model.predict([2]))
        #expect(model.predict([6.99]) == model.predict([6]))
    }

    @Test func fitsAdditiveStepFunctionOfTwoFeatures() throws {
        var xs: [[Double]] = []
        for a in 0..<6 { for b in 0..<5 { xs.append([Double(a) * 0.1, Double(b)]) } }
        func f(_ row: [Double]) -> Double { (row[0] >= 0.3 ? 4 : 0) + (row[1] >= 2 ? -1.5 : 0.5) }
        let model = try GradientBoostedTrees.fit(
            features: xs, targets: xs.map(f), parameters: Self.exact, seed: 1)
        for x in xs { #expect(abs(model.predict(x) - f(x)) < 1e-12) }
        #expect(model.trees[0].leafCount == 4)
    }

    @Test func boostingConvergesOnManyValuedFeatureWithQuantileBins() throws {
        // 1,000 distinct values and 16 bins: the step at 0.5 is a bin edge, so each round
        // halves the residual until the split gain falls below XGBoost's 1e-6 (residual
        // about 3e-5 for 1,000 rows), after which trees are single leaves.
        let xs = (0..<1000).map { [Double($0) / 1000] }
        let ys = xs.map { $0[0] < 0.5 ? -1.0 : 3.0 }
        let parameters = BoostingParameters(
            maxDepth: 1, learningRate: 0.5, lambda: 0, minChildWeight: 0, maxBins: 16, baseScore: 0, rounds: 60)
        let model = try GradientBoostedTrees.fit(features: xs, targets: ys, parameters: parameters, seed: 1)
        let worst = zip(xs, ys).map { abs(model.predict($0) - $1) }.max() ?? .nan
        #expect(worst < 1e-4)
        #expect(model.trees[0].threshold[0] == 0.5)
        #expect(model.trees[59].nodeCount == 1)
    }

    /// Reference predictions from XGBoost 3.2.0 (`tree_method=hist`, `max_depth=2`,
    /// `learning_rate=0.3`, `lambda=1`, `alpha=0.5`, `min_child_weight=2`, `base_score=0.5`,
    /// `nthread=1`, 5 rounds, no sampling) on the 24 rows built below, predicted on the
    /// training rows and rounded to 6 decimals (XGBoost predicts in float32).
    @Test func matchesXGBoostOnDeterministicExample() throws {
        var xs: [[Double]] = []
        var ys: [Double] = []
        for i in 0..<24 {
            let a = Double(i % 4)
            let b = Double((i * 7) % 5)
            let c = Double((i * 3) % 6)
            xs.append([a, b, c])
            let step: Double = c >= 3 ? 2 : 0
            ys.append(0.5 * a * a - 1.5 * b + step + 0.1 * Double(i))
        }
        let expected = [
            1.048805, 0.717161, -1.838115, 4.694877, -2.15214, 1.933849, 0.171439, 1.407041,
            0.565957, -0.789373, 1.383003, 3.659182, -2.15214, 1.933849, -1.335094, 4.694877,
            -0.645607, -1.292393, 1.383003, 1.910062, 1.048805, 0.717161, -1.838115, 4.694877,
        ]
        let parameters = BoostingParameters(
            maxDepth: 2, learningRate: 0.3, lambda: 1, alpha: 0.5, minChildWeight: 2, baseScore: 0.5, rounds: 5)
        let model = try GradientBoostedTrees.fit(features: xs, targets: ys, parameters: parameters, seed: 0)
        for (x, value) in zip(xs, expected) { #expect(abs(model.predict(x) - value) < 2e-5) }
    }

    @Test func meanBaseScoreUsesTargetMean() throws {
        let xs = [[0.0], [0.0], [0.0]]
        let parameters = BoostingParameters(minChildWeight: 10, baseScore: nil, rounds: 1)
        let model = try GradientBoostedTrees.fit(
            features: xs, targets: [1, 2, 6], parameters: parameters, seed: 0)
        #expect(model.baseScore == 3)
        #expect(model.predict([0]) == 3)
    }
}
