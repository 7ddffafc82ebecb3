import TestSupport
import SparseData
@testable import Numerics
import Randomness
import Testing

/// Feeding the streamed trainer the batches the in-memory trainer draws gives the same network.
@Test func streamedTrainingMatchesInMemoryTraining() throws {
    BLASThreads.set(1)
    let train = Synthetic.dataset(rows: 200, seed: 5, values: .ones)
    let valid = Synthetic.dataset(rows: 80, seed: 6, values: .ones)
    let architecture = try MLPArchitecture("16-8")
    var init1 = SeededGenerator(seed: 1)
    var a = MLP(architecture: architecture, fields: 4, features: 40, generator: &init1)
    var b = a
    let trainer = Trainer(configuration: TrainingConfiguration(epochs: 3, batchSize: 32))
    var g1 = SeededGenerator(seed: 2)
    let memory = try trainer.train(&a, training: train, validation: valid, generator: &g1)
    var g2 = SeededGenerator(seed: 2)
    var sampler = BatchSampler(count: train.count, batchSize: 32)
    let streamed = try trainer.train(&b, iterationsPerEpoch: sampler.batchesPerPass, validation: valid) {
        train.rows(sampler.next(generator: &g2))
    }
    #expect(memory.validationAUC == streamed.validationAUC)
    #expect(a.parameters == b.parameters)
    #expect(memory.validationAUC.last ?? 0 > 0.6)
}

/// The two trainers share one epoch loop: on the same batches every record but the timings agrees,
/// with a clamp, a non-default rate and epochs that do not end on a pass boundary.
@Test func streamedAndInMemoryRecordsAgreeBitForBit() throws {
    BLASThreads.set(1)
    let train = Synthetic.dataset(rows: 150, seed: 8, values: .random)
    let valid = Synthetic.dataset(rows: 60, seed: 9, values: .ones)
    var initial = SeededGenerator(seed: 3)
    var a = MLP(architecture: try MLPArchitecture("8-8"), fields: 4, features: 40, generator: &initial)
    var b = a
    var config = TrainingConfiguration(epochs: 4, batchSize: 24, iterationsPerEpoch: 5)
    config.learningRate = 3e-3
    config.gradientClamp = 0.5
    let trainer = Trainer(configuration: config)
    var seen: [EpochRecord] = []
    var g1 = SeededGenerator(seed: 4)
    let memory = try trainer.train(&a, training: train, validation: valid, generator: &g1) { seen.append($0) }
    var g2 = SeededGenerator(seed: 4)
    var sampler = BatchSampler(count: train.count, batchSize: 24)
    let streamed = try trainer.train(&b, validation: valid) { train.rows(sampler.next(generator: &g2)) }
    func untimed(_ history: TrainingHistory) -> [EpochRecord] {
        history.epochs.map { record in
            var record = record
            record.trainSeconds = 0
            record.cumulativeSeconds = 0
            return record
        }
    }
    #expect(untimed(memory) == untimed(streamed))
    #expect(memory.epochs.map(\.epoch) == [1, 2, 3, 4])
    #expect(seen == memory.epochs)
    #expect(a == b)
}

/// A streamed batch with the wrong field count is an error, not a crash.
@Test func streamedTrainingRejectsBadBatches() throws {
    let valid = Synthetic.dataset(rows: 20, seed: 6, values: .ones)
    var g = SeededGenerator(seed: 1)
    var model = MLP(architecture: try MLPArchitecture("4"), fields: 4, features: 40, generator: &g)
    let other = Synthetic.dataset(rows: 8, fields: 3, seed: 7, values: .ones)
    let trainer = Trainer(configuration: TrainingConfiguration(epochs: 1, batchSize: 8, iterationsPerEpoch: 1))
    #expect(throws: NumericsError.self) { try trainer.train(&model, validation: valid) { other } }
}
