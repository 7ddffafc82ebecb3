import Datasets
import Randomness

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
            throw NumericsError("streamed training: need iterations per epoch ≥ 1, batch size ≥ 2 and epochs ≥ 1")
        }
        let workspace = Workspace<Float>(layout: model.layout, capacity: max(config.batchSize, min(config.evaluationBatchSize, validation.count)))
        let schedule = CosineSchedule(initial: config.learningRate, minimum: config.minimumLearningRate, epochs: config.epochs)
        var adam = Adam(count: model.parameterCount)
        var gradients = [Float](repeating: 0, count: model.parameterCount)
        var records: [EpochRecord] = []
        let clock = ContinuousClock()
        var trainSeconds = 0.0
        var totalSeconds = 0.0
        for epoch in 0..<config.epochs {
            let rate = Float(schedule.rate(epoch: epoch))
            let start = clock.now
            var lossSum = 0.0
            for _ in 0..<iterations {
                let batch = try nextBatch()
                try model.validate(batch, name: "streamed batch")
                guard batch.count >= 2, batch.count <= workspace.capacity else {
                    throw NumericsError("streamed batch: \(batch.count) rows, expected 2...\(workspace.capacity)")
                }
                lossSum += model.trainStep(rows: 0..<batch.count, data: batch, workspace: workspace,
                                           gradients: &gradients, adam: &adam, learningRate: rate, clamp: config.gradientClamp)
            }
            let trained = clock.now
            let evaluation = try MLP.metrics(model.predict(validation, workspace: workspace), validation)
            let validated = clock.now
            trainSeconds += (trained - start).seconds
            totalSeconds += (validated - start).seconds
            let record = EpochRecord(
                epoch: epoch + 1, learningRate: Double(rate), trainLoss: lossSum / Double(iterations),
                validationAUC: evaluation.auc, validationLogLoss: evaluation.logLoss,
                validationAccuracy: evaluation.accuracy, trainSeconds: trainSeconds, cumulativeSeconds: totalSeconds)
            records.append(record)
            progress?(record)
        }
        return TrainingHistory(epochs: records)
    }
}
