import TestSupport
import Foundation
import Randomness
import SparseData
import Testing
@testable import Numerics

@Test func parsesArchitectures() throws {
    #expect(try MLPArchitecture("128-64-256-32").widths == [128, 64, 256, 32])
    #expect(try MLPArchitecture("128-64-256-32").description == "128-64-256-32")
    #expect(throws: NumericsError.self) { try MLPArchitecture("128--32") }
    #expect(throws: NumericsError.self) { try MLPArchitecture("0-1") }
}

@Test func layoutCountsMatchTheModelFamily() throws {
    var g = SeededGenerator(seed: 1)
    let model = MLP(architecture: try MLPArchitecture("128-64-256-32"), fields: 10, features: 5500, generator: &g)
    // embedding 5500·10; Linear(100,128)+BN; Linear(128,64)+BN; Linear(64,256)+BN; Linear(256,32)+BN; Linear(32,2)
    let expected = 55_000 + (100 * 128 + 128 + 256) + (128 * 64 + 64 + 128) + (64 * 256 + 256 + 512)
        + (256 * 32 + 32 + 64) + (32 * 2 + 2)
    #expect(model.parameterCount == expected)
    #expect(model.runningStatistics.count == 2 * (128 + 64 + 256 + 32))
}

@Test func cosineScheduleEndpoints() {
    let s = CosineSchedule(initial: 1e-3, minimum: 1e-4, epochs: 10)
    #expect(s.rate(epoch: 0) == 1e-3)
    #expect(abs(s.rate(epoch: 5) - 5.5e-4) < 1e-15)
    #expect(abs(s.rate(epoch: 9) - (1e-4 + 9e-4 * (1 + cos(0.9 * Double.pi)) / 2)) < 1e-15)
}

@Test func adamMatchesHandComputedFirstSteps() {
    // Step 1 of Adam moves every coordinate by lr·sign(g) (up to ε); step 2 by a known ratio.
    var adam = Adam(count: 2)
    var p: [Float] = [1, -1]
    var g: [Float] = [3, -0.5]
    adam.update(&p, gradients: &g, learningRate: 0.1, clamp: 1)
    #expect(g == [1, -0.5])  // clamped in place
    #expect(abs(p[0] - 0.9) < 1e-6 && abs(p[1] - -0.9) < 1e-6)
    var g2: [Float] = [1, -0.5]
    adam.update(&p, gradients: &g2, learningRate: 0.1, clamp: nil)
    #expect(abs(p[0] - 0.8) < 1e-6)
}

private func trainOnce() throws -> (TrainingHistory, MLP) {
    let train = Synthetic.dataset(rows: 4000, seed: 1, values: .ones)
    let valid = Synthetic.dataset(rows: 600, seed: 2, values: .ones)
    var g = SeededGenerator(seed: 42)
    var model = MLP(architecture: try MLPArchitecture("32-16-16-8"), fields: 4, features: 40, generator: &g)
    let trainer = Trainer(configuration: TrainingConfiguration(epochs: 4, batchSize: 32))
    let history = try trainer.train(&model, training: train, validation: valid, generator: &g)
    return (history, model)
}

/// Two runs, one on 1 BLAS thread and one on 2, give bit-identical curves and weights.
@Test func trainsSeparableDataToHighAUCDeterministically() throws {
    // Scoped: no other test can change the process-wide count while either run trains.
    let (first, model1) = try BLASThreads.withCount(1) { try trainOnce() }
    let (second, model2) = try BLASThreads.withCount(2) { try trainOnce() }
    #expect(first.epochs.count == 4)
    #expect((first.validationAUC.last ?? 0) > 0.95, "AUC curve \(first.validationAUC)")
    #expect(first.validationAUC == second.validationAUC)
    #expect(first.epochs.map(\.trainLoss) == second.epochs.map(\.trainLoss))
    #expect(model1.parameters == model2.parameters)
    #expect(first.cumulativeSeconds.last ?? 0 > 0)
    #expect(zip(first.cumulativeSeconds, first.cumulativeSeconds.dropFirst()).allSatisfy { $0 < $1 })
    #expect(abs(first.epochs[0].learningRate - 1e-3) < 1e-9)
}

@Test func rejectsDataThatDoesNotFit() throws {
    var g = SeededGenerator(seed: 1)
    var model = MLP(architecture: try MLPArchitecture("8-8-8-8"), fields: 4, features: 20, generator: &g)
    let data = Synthetic.dataset(rows: 10, seed: 1, values: .ones)  // ids up to 39
    let trainer = Trainer(configuration: TrainingConfiguration(epochs: 1, batchSize: 4))
    #expect(throws: NumericsError.self) { try trainer.train(&model, training: data, validation: data, generator: &g) }
}
