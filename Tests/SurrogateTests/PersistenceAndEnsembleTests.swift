import Foundation
import Randomness
import Testing

@testable import Surrogate

struct PersistenceAndEnsembleTests {
    static let parameters = BoostingParameters(
        maxDepth: 3, learningRate: 0.1, lambda: 2.5, alpha: 0.1, colsampleByLevel: 0.7, rounds: 25)

    @Test func jsonRoundTripIsExact() throws {
        let data = EarlyStoppingTests.data(120, seed: 21)
        let model = try GradientBoostedTrees.fit(
            features: data.features, targets: data.targets, parameters: Self.parameters, seed: 2,
            validation: EarlyStoppingTests.data(40, seed: 22))
        let json = try model.jsonData()
        let loaded = try GradientBoostedTrees(jsonData: json)
        #expect(loaded == model)
        for row in data.features { #expect(loaded.predict(row).bitPattern == model.predict(row).bitPattern) }
        #expect(try loaded.jsonData() == json)

        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gbdt-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.save(to: url)
        #expect(try GradientBoostedTrees.load(from: url) == model)
    }

    @Test func corruptModelsGiveOneLineErrors() throws {
        let data = EarlyStoppingTests.data(60, seed: 23)
        var model = try GradientBoostedTrees.fit(
            features: data.features, targets: data.targets, parameters: Self.parameters, seed: 2)
        let truncated = try model.jsonData().prefix(50)
        #expect(throws: SurrogateError.self) { try GradientBoostedTrees(jsonData: Data(truncated), source: "m.json") }
        model.featureCount = 1
        let bad = try model.jsonData()
        do {
            _ = try GradientBoostedTrees(jsonData: bad, source: "m.json")
            Issue.record("expected a structural error")
        } catch {
            #expect(error.description.hasPrefix("m.json: tree "))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func ensembleMembersUseConsecutiveSeeds() throws {
        let data = EarlyStoppingTests.data(80, seed: 31)
        let ensemble = try GradientBoostedTrees.fitEnsemble(
            size: 3, features: data.features, targets: data.targets, parameters: Self.parameters, seed: 7)
        #expect(ensemble.members.map(\.seed) == [7, 8, 9])
        let second = try GradientBoostedTrees.fit(
            features: data.features, targets: data.targets, parameters: Self.parameters, seed: 8)
        #expect(ensemble.members[1] == second)
        let row = data.features[0]
        let values = ensemble.members.map { $0.predict(row) }
        let mean = (values[0] + values[1] + values[2]) / 3
        let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3
        let prediction = ensemble.predict(row)
        #expect(abs(prediction.mean - mean) < 1e-12)
        #expect(abs(prediction.std - variance.squareRoot()) < 1e-12)
        #expect(prediction.std > 0)
        var generator = SeededGenerator(seed: 1)
        var noisy: [Double] = []
        for _ in 0..<2000 { noisy.append(ensemble.predictWithNoise(row, generator: &generator)) }
        let noisyMean = noisy.reduce(0, +) / 2000
        let noisySD = (noisy.map { ($0 - noisyMean) * ($0 - noisyMean) }.reduce(0, +) / 2000).squareRoot()
        #expect(abs(noisyMean - mean) < 4 * prediction.std / 2000.0.squareRoot())
        #expect(abs(noisySD / prediction.std - 1) < 0.1)
        let loaded = try Ensemble<GradientBoostedTrees>(jsonData: try ensemble.jsonData())
        #expect(loaded == ensemble)
    }

    @Test func invalidInputsAreRejected() {
        let good = [[0.0, 1.0], [1.0, 0.0]]
        func message(_ features: [[Double]], _ targets: [Double], _ parameters: BoostingParameters = .init())
            -> String?
        {
            do {
                _ = try GradientBoostedTrees.fit(features: features, targets: targets, parameters: parameters, seed: 0)
                return nil
            } catch {
                return error.description
            }
        }
        #expect(message(good, [1]) == "invalid data: training: 2 rows but 1 targets")
        #expect(message([[0.0, 1.0], [1.0]], [1, 2]) == "invalid data: training: row 1 has 1 features, expected 2")
        #expect(message([[0.0, .nan], [1.0, 0]], [1, 2]) == "invalid data: training: row 0 feature 1 is not finite")
        #expect(message(good, [1, 2], BoostingParameters(maxDepth: 0)) == "parameter maxDepth: must be in 1...62, got 0")
        #expect(message(good, [1, 2], BoostingParameters(colsampleByTree: 0)) != nil)
        #expect(message(good, [1, 2]) == nil)
    }
}
