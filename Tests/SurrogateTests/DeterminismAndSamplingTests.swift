import Randomness
import Testing

@testable import Surrogate

struct DeterminismAndSamplingTests {
    static let parameters = BoostingParameters(
        maxDepth: 3, learningRate: 0.2, colsampleByTree: 0.5, colsampleByLevel: 0.5, rounds: 30)

    @Test func sameSeedSameModelDifferentSeedDifferentModel() throws {
        let data = EarlyStoppingTests.data(150, seed: 9)
        let features = data.features.map { $0 + [$0[0] * $0[1], $0[1] - $0[2]] }
        let first = try GradientBoostedTrees.fit(
            features: features, targets: data.targets, parameters: Self.parameters, seed: 11)
        let again = try GradientBoostedTrees.fit(
            features: features, targets: data.targets, parameters: Self.parameters, seed: 11)
        let other = try GradientBoostedTrees.fit(
            features: features, targets: data.targets, parameters: Self.parameters, seed: 12)
        #expect(first == again)
        #expect(first.trees != other.trees)
    }

    @Test func columnSamplingKeepsFloorOfFraction() {
        var generator = SeededGenerator(seed: 4)
        let features = Array(0..<28)
        let tree = ColumnSampler.sample(features, fraction: 0.9997914984098771, generator: &generator)
        #expect(tree.count == 27)                           // ⌊0.9998 · 28⌋, as XGBoost
        let level = ColumnSampler.sample(tree, fraction: 0.9157826700519125, generator: &generator)
        #expect(level.count == 24)                          // ⌊0.9158 · 27⌋
        #expect(Set(level).isSubset(of: Set(tree)))
        #expect(level == level.sorted())
        #expect(ColumnSampler.sample(features, fraction: 0.001, generator: &generator).count == 1)
        #expect(ColumnSampler.sample(features, fraction: 1, generator: &generator) == features)
    }

    @Test func treesUseOnlySampledFeatures() throws {
        let data = EarlyStoppingTests.data(150, seed: 10)
        let features = data.features.map { $0 + [$0[0] + $0[1], $0[1] * 2, $0[2] - $0[0]] }  // 6 features
        let parameters = BoostingParameters(maxDepth: 3, colsampleByTree: 0.34, rounds: 20)
        let model = try GradientBoostedTrees.fit(
            features: features, targets: data.targets, parameters: parameters, seed: 3)
        for tree in model.trees {
            #expect(Set(tree.feature.filter { $0 >= 0 }).count <= 2)   // ⌊0.34 · 6⌋
        }
    }

    @Test func binningUsesDistinctValuesOrQuantiles() {
        let small = FeatureBins(features: [[2], [0], [1], [1], [2]], maxBins: 256)
        #expect(small.lowers[0] == [0, 1, 2])
        #expect(small.bins == [2, 0, 1, 1, 2])
        let many = FeatureBins(features: (0..<1000).map { [Double($0)] }, maxBins: 10)
        #expect(many.lowers[0] == [0, 100, 200, 300, 400, 500, 600, 700, 800, 900])
        #expect(FeatureBins.bin(of: 150, lowers: many.lowers[0]) == 1)
        #expect(FeatureBins.bin(of: -5, lowers: many.lowers[0]) == 0)
    }
}
