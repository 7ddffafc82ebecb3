import Randomness
import Testing

@testable import Surrogate

struct EarlyStoppingTests {
    /// y = sin-like signal of two features plus noise; validation drawn the same way.
    static func data(_ count: Int, seed: UInt64) -> RegressionSet {
        var generator = SeededGenerator(seed: seed)
        var features: [[Double]] = []
        var targets: [Double] = []
        for _ in 0..<count {
            let a = Double(generator.next() % 8)
            let b = Double(generator.next() % 5)
            features.append([a, b, Double(generator.next() % 3)])
            targets.append(a * 0.7 - (b - 2) * (b - 2) + generator.nextNormal())
        }
        return RegressionSet(features: features, targets: targets)
    }

    @Test func stopsAfterPatienceAndKeepsBestIteration() throws {
        let train = Self.data(200, seed: 1)
        let validation = Self.data(100, seed: 2)
        let parameters = BoostingParameters(
            maxDepth: 4, learningRate: 0.3, minChildWeight: 1, rounds: 20_000, earlyStoppingRounds: 25)
        let model = try GradientBoostedTrees.fit(
            features: train.features, targets: train.targets, parameters: parameters, seed: 5,
            validation: validation)
        let history = model.validationRMSE
        #expect(model.stoppedEarly)
        #expect(history.count == model.bestIteration + 26)
        #expect(model.trees.count == model.bestIteration + 1)
        let minimum = history.min() ?? .nan
        #expect(history[model.bestIteration] == minimum)
        #expect(history.firstIndex(of: minimum) == model.bestIteration)
        // The kept model's validation RMSE is the recorded best.
        let predictions = model.predict(rows: validation.features)
        var squares = 0.0
        for (p, y) in zip(predictions, validation.targets) { squares += (p - y) * (p - y) }
        #expect(abs((squares / 100).squareRoot() - minimum) < 1e-9)
    }

    @Test func keepingAllRoundsMatchesXGBoostNativePredict() throws {
        let train = Self.data(200, seed: 1)
        let validation = Self.data(100, seed: 2)
        var parameters = BoostingParameters(
            maxDepth: 4, learningRate: 0.3, minChildWeight: 1, rounds: 20_000, earlyStoppingRounds: 25)
        let best = try GradientBoostedTrees.fit(
            features: train.features, targets: train.targets, parameters: parameters, seed: 5,
            validation: validation)
        parameters.keepBestIteration = false
        let all = try GradientBoostedTrees.fit(
            features: train.features, targets: train.targets, parameters: parameters, seed: 5,
            validation: validation)
        #expect(all.trees.count == all.bestIteration + 26)
        #expect(all.bestIteration == best.bestIteration)
        #expect(all.keepingRounds(all.bestIteration + 1).trees == best.trees)
        #expect(all.predict(train.features[0]) != best.predict(train.features[0]))
    }

    @Test func withoutValidationRunsAllRounds() throws {
        let train = Self.data(50, seed: 3)
        let model = try GradientBoostedTrees.fit(
            features: train.features, targets: train.targets,
            parameters: BoostingParameters(maxDepth: 2, rounds: 37, earlyStoppingRounds: 5), seed: 1)
        #expect(model.trees.count == 37)
        #expect(model.validationRMSE.isEmpty)
        #expect(model.bestIteration == 36)
    }
}
