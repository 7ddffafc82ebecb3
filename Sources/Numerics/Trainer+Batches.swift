import Randomness
import SparseData

extension Trainer {
    /// Trains `model` in place on mini-batches supplied one at a time (e.g. read from a database).
    ///
    /// Each epoch calls `nextBatch` `iterationsPerEpoch` times (default: the configuration's,
    /// which must then be set) and trains one step on every batch it returns, then validates.
    /// Same optimiser, schedule, clamp and records as ``train(_:training:validation:generator:progress:)``;
    /// fed the same batches, it gives the same weights.
    public func train(
        _ model: inout MLP, iterationsPerEpoch: Int? = nil, validation: LibSVMDataset,
        nextBatch: () throws -> LibSVMDataset, progress: ((EpochRecord) -> Void)? = nil
    ) throws -> TrainingHistory {
        let config = configuration
        try model.validate(validation, name: "validation data")
        guard let iterations = iterationsPerEpoch ?? config.iterationsPerEpoch, iterations >= 1,
              config.batchSize >= 2, config.epochs >= 1 else {
            throw NumericsError("streamed training", "need iterations per epoch ≥ 1, batch size ≥ 2 and epochs ≥ 1")
        }
        return try runEpochs(
            &model, iterations: iterations, batchCapacity: config.batchSize,
            validation: validation, progress: progress, lift: { $0 }
        ) { model, step throws in
            let batch = try nextBatch()
            try model.validate(batch, name: "streamed batch")
            guard batch.count >= 2, batch.count <= step.workspace.capacity else {
                throw NumericsError("streamed batch", "\(batch.count) rows, expected 2...\(step.workspace.capacity)")
            }
            return step(&model, rows: 0..<batch.count, data: batch)
        }
    }
}
