import Foundation
import Testing

@testable import Surrogate

struct RandomForestTests {
    static let deterministic = ForestParameters(treeCount: 3, maxFeatures: 1, bootstrap: false)

    @Test func fullyGrownTreesInterpolateTrainingData() throws {
        let data = EarlyStoppingTests.data(150, seed: 41)
        // Make rows distinct so every row can end in its own leaf.
        let features = data.features.enumerated().map { $1 + [Double($0)] }
        let forest = try RandomForest.fit(
            features: features, targets: data.targets, parameters: Self.deterministic, seed: 1)
        for (row, y) in zip(features, data.targets) { #expect(abs(forest.predict(row) - y) < 1e-9) }
    }

    @Test func thresholdsAreMidpointsAndLeavesAreMeans() throws {
        let xs = [[0.0], [1.0], [2.0], [3.0]]
        let forest = try RandomForest.fit(
            features: xs, targets: [0, 0, 1, 1], parameters: Self.deterministic, seed: 1)
        #expect(forest.trees[0].threshold[0] == 1.5.nextUp)
        #expect(forest.predict([1.5]) == 0)
        #expect(forest.predict([1.4]) == 0)
        #expect(forest.predict([1.6]) == 1)
        let leafy = try RandomForest.fit(
            features: xs, targets: [0, 0, 0, 10],
            parameters: ForestParameters(treeCount: 1, bootstrap: false, maxDepth: nil), seed: 1)
        #expect(leafy.predict([3]) == 10)
        // min_samples_leaf = 2 allows only the middle split: leaves are means of pairs.
        let paired = try RandomForest.fit(
            features: xs, targets: [0, 0, 0, 10],
            parameters: ForestParameters(treeCount: 1, minSamplesLeaf: 2, bootstrap: false), seed: 1)
        #expect(paired.predict([0]) == 0)
        #expect(paired.predict([3]) == 5)
        #expect(paired.trees[0].leafCount == 2)
        // min_samples_split = 5 > 4 rows: a single leaf with the mean.
        let stump = try RandomForest.fit(
            features: xs, targets: [0, 0, 0, 10],
            parameters: ForestParameters(treeCount: 1, minSamplesSplit: 5, bootstrap: false), seed: 1)
        #expect(stump.predict([3]) == 2.5)
    }

    @Test func bootstrapIsSeededAndRoundTrips() throws {
        let data = EarlyStoppingTests.data(120, seed: 42)
        let parameters = ForestParameters(treeCount: 8, maxFeatures: 0.5, minSamplesSplit: 3)
        let first = try RandomForest.fit(features: data.features, targets: data.targets, parameters: parameters, seed: 5)
        let again = try RandomForest.fit(features: data.features, targets: data.targets, parameters: parameters, seed: 5)
        let other = try RandomForest.fit(features: data.features, targets: data.targets, parameters: parameters, seed: 6)
        #expect(first == again)
        #expect(first.trees != other.trees)
        // Bootstrap trees differ from one another.
        #expect(first.trees[0] != first.trees[1])
        let loaded = try RandomForest(jsonData: try first.jsonData())
        #expect(loaded == first)
        #expect(loaded.predict(data.features[3]).bitPattern == first.predict(data.features[3]).bitPattern)
    }

    @Test func forestGeneralizesOnNoisyFunction() throws {
        let train = EarlyStoppingTests.data(400, seed: 43)
        let test = EarlyStoppingTests.data(200, seed: 44)
        let forest = try RandomForest.fit(
            features: train.features, targets: train.targets,
            parameters: ForestParameters(treeCount: 30, maxFeatures: 0.7), seed: 1)
        let predictions = forest.predict(rows: test.features)
        let mean = test.targets.reduce(0, +) / Double(test.targets.count)
        var residual = 0.0
        var total = 0.0
        for (p, y) in zip(predictions, test.targets) {
            residual += (y - p) * (y - p)
            total += (y - mean) * (y - mean)
        }
        // Signal variance ≈ 5.6 vs unit noise: a good fit explains most of the variance.
        #expect(1 - residual / total > 0.7)
    }

    /// Reference from scikit-learn 1.9.1: `RandomForestRegressor(n_estimators=1, bootstrap=False,
    /// max_features=1.0, min_samples_leaf=2, max_depth=3)` on the 30 rows built below (same
    /// predictions for random_state 0 and 1, so no feature-order ties), predicting the 8 query
    /// rows, rounded to 10 decimals. Several queries sit exactly on split midpoints, which
    /// scikit-learn sends left (`x <= threshold`).
    @Test func matchesScikitLearnTree() throws {
        var xs: [[Double]] = []
        var ys: [Double] = []
        for i in 0..<30 {
            let a = Double(i % 5)
            let b = Double((i * 7) % 9)
            let c = Double((i * 3) % 4)
            xs.append([a, b, c])
            let step: Double = c >= 2 ? 1.7 : 0
            ys.append(0.3 * a * a - 0.8 * b + step + 0.05 * Double(i))
        }
        let queries: [[Double]] = [
            [0.5, 0.25, 0], [1.5, 3.25, 1], [2.5, 5.25, 2], [3.5, 8.25, 3],
            [4.5, 1.25, 0], [1.5, 7.25, 3], [3.5, 2.25, 1], [0.5, 6.25, 2],
        ]
        let expected = [0.85, -0.5833333333, -2.915, -2.915, 3.3166666667, -2.915, 3.3166666667, -2.915]
        let forest = try RandomForest.fit(
            features: xs, targets: ys,
            parameters: ForestParameters(
                treeCount: 1, maxFeatures: 1, minSamplesLeaf: 2, bootstrap: false, maxDepth: 3),
            seed: 0)
        for (query, value) in zip(queries, expected) { #expect(abs(forest.predict(query) - value) < 1e-9) }
    }
}
