import Randomness
import SparseData

/// Trains a TRAILS MLP: cross-entropy, Adam, cosine annealing, gradient clamp, per-epoch validation.
///
/// Deterministic for a given model, data, configuration, generator and BLAS
/// thread count: batches are drawn from a seeded Fisher–Yates shuffle that is
/// redrawn each time the training rows are exhausted.
public struct Trainer: Sendable {
    /// The protocol.
    public var configuration: TrainingConfiguration

    /// Creates a trainer.
    public init(configuration: TrainingConfiguration) {
        self.configuration = configuration
    }

    /// Trains `model` in place and returns the per-epoch validation curve.
    ///
    /// - Parameter generator: drives the batch order (the model's initial weights come from its own init).
    public func train(
        _ model: inout MLP, training: LibSVMDataset, validation: LibSVMDataset,
        generator: inout SeededGenerator, progress: ((EpochRecord) -> Void)? = nil
    ) throws(NumericsError) -> TrainingHistory {
        let config = configuration
        try model.validate(training, name: "training data")
        try model.validate(validation, name: "validation data")
        guard config.batchSize >= 2, config.epochs >= 1 else {
            throw NumericsError("training", "batch size must be ≥ 2 and epochs ≥ 1 (got \(config.batchSize), \(config.epochs))")
        }
        let positives = validation.labels.filter { $0 > 0 }.count
        guard positives > 0, positives < validation.count else {
            throw NumericsError("validation data", "needs both classes for AUC, has \(positives) positive of \(validation.count) rows")
        }
        guard training.count >= 2 else { throw NumericsError("training", "need at least 2 training rows, got \(training.count)") }
        let batch = min(config.batchSize, training.count)
        var sampler = BatchSampler(count: training.count, batchSize: batch)
        return try runEpochs(
            &model, iterations: config.iterationsPerEpoch ?? sampler.batchesPerPass, batchCapacity: batch,
            validation: validation, progress: progress, lift: { $0 }
        ) { model, step throws(NumericsError) in
            step(&model, rows: sampler.next(generator: &generator), data: training)
        }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) * 1e-18
    }
}
