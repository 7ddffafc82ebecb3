import TestSupport
import Randomness
import SparseData
import Testing
@testable import Numerics

@Test func blasThreadsRoundTrip() {
    // Inside withCount no other test can change the count between a set and its check.
    BLASThreads.withCount(2) {
        #expect(BLASThreads.current == 2)
        BLASThreads.set(1)
        #expect(BLASThreads.current == 1)
        BLASThreads.set(0)  // clamped to 1
        #expect(BLASThreads.current == 1)
        BLASThreads.withCount(2) { #expect(BLASThreads.current == 2) }  // nests, restores
        #expect(BLASThreads.current == 1)
    }
}

@Test func samplerCoversEveryRowOncePerPass() {
    var g = SeededGenerator(seed: 8)
    var sampler = BatchSampler(count: 10, batchSize: 4)
    #expect(sampler.batchesPerPass == 3)  // 4 + 4 + 2
    let pass = (0..<3).flatMap { _ in Array(sampler.next(generator: &g)) }
    #expect(pass.sorted() == Array(0..<10))
    // A final single row is dropped (BatchNorm needs ≥ 2): 9 rows → 4 + 4, then a new pass.
    var odd = BatchSampler(count: 9, batchSize: 4)
    #expect(odd.batchesPerPass == 2)
    _ = odd.next(generator: &g)
    _ = odd.next(generator: &g)
    #expect(odd.next(generator: &g).count == 4)
}

@Test func fixedIterationsPerEpochAndEvaluation() throws {
    let train = Synthetic.dataset(rows: 500, seed: 1, values: .ones)
    let valid = Synthetic.dataset(rows: 200, seed: 2, values: .ones)
    var g = SeededGenerator(seed: 3)
    var model = MLP(architecture: try MLPArchitecture("16-8-8-8"), fields: 4, features: 40, generator: &g)
    var config = TrainingConfiguration(epochs: 2, batchSize: 32, iterationsPerEpoch: 5)
    config.gradientClamp = nil
    var seen: [Int] = []
    let history = try Trainer(configuration: config).train(&model, training: train, validation: valid, generator: &g) {
        seen.append($0.epoch)
    }
    #expect(seen == [1, 2])
    #expect(history.epochs.map(\.learningRate).count == 2)
    // The last record's AUC is the trained model's evaluation (BatchNorm in eval mode).
    let evaluation = try model.evaluate(valid)
    #expect(evaluation.auc == history.validationAUC.last)
    #expect(evaluation.logLoss == history.epochs.last?.validationLogLoss)
    // Chunking changes only rounding (OpenBLAS picks kernels by matrix size).
    let probabilities = try model.predict(valid, batchSize: 7)
    let whole = try model.predict(valid)
    #expect(zip(probabilities, whole).allSatisfy { abs($0 - $1) < 1e-5 })
    #expect(probabilities.allSatisfy { $0 > 0 && $0 < 1 })
}

@Test func scorerRejectsBadBatches() throws {
    var g = SeededGenerator(seed: 1)
    let model = MLP(architecture: try MLPArchitecture("8-8-8-8"), fields: 4, features: 40, generator: &g)
    let one = Synthetic.dataset(rows: 1, seed: 1, values: .ones)
    #expect(throws: NumericsError.self) { try TFMEMScorer(model: model, batch: one) }
    let wrongFields = Synthetic.dataset(rows: 4, fields: 3, seed: 1, values: .ones)
    #expect(throws: NumericsError.self) { try TFMEMScorer(model: model, batch: wrongFields) }
}

@Test func rejectsBrokenParametersAndSingleClassValidation() throws {
    var g = SeededGenerator(seed: 1)
    var model = MLP(architecture: try MLPArchitecture("8-8-8-8"), fields: 4, features: 40, generator: &g)
    let data = Synthetic.dataset(rows: 20, seed: 1, values: .ones)
    let trainer = Trainer(configuration: TrainingConfiguration(epochs: 1, batchSize: 4))
    let oneClass = data.rows(data.labels.indices.filter { data.labels[$0] > 0 })
    #expect(throws: NumericsError.self) { try trainer.train(&model, training: data, validation: oneClass, generator: &g) }
    model.parameters.removeLast()
    #expect(throws: NumericsError.self) { try model.predict(data) }
}
