import SparseData

/// The optimiser state an epoch driver hands to each training step.
struct TrainingStep {
    /// Scratch buffers sized for a training batch and a validation chunk.
    let workspace: Workspace<Float>
    /// The learning rate of the current epoch.
    fileprivate(set) var learningRate: Float
    fileprivate let clamp: Float?
    fileprivate var adam: Adam
    fileprivate var gradients: [Float]

    /// Trains `model` one Adam step on `rows` of `data` and returns the batch's mean loss.
    mutating func callAsFunction(_ model: inout MLP, rows: some Collection<Int>, data: LibSVMDataset) -> Double {
        model.trainStep(rows: rows, data: data, workspace: workspace,
                        gradients: &gradients, adam: &adam, learningRate: learningRate, clamp: clamp)
    }
}

extension Trainer {
    /// Runs the epoch loop shared by the in-memory and streamed trainers.
    ///
    /// Each epoch sets the cosine-scheduled rate, calls `step` `iterations` times, validates
    /// and appends a record (timed with a monotonic clock). `step` draws one batch and trains
    /// on it through the ``TrainingStep`` it is given; its errors pass through unchanged, and
    /// a validation failure is turned into `E` by `lift`.
    func runEpochs<E: Error>(
        _ model: inout MLP, iterations: Int, batchCapacity: Int, validation: LibSVMDataset,
        progress: ((EpochRecord) -> Void)?, lift: (NumericsError) -> E,
        step: (inout MLP, inout TrainingStep) throws(E) -> Double
    ) throws(E) -> TrainingHistory {
        let config = configuration
        var state = TrainingStep(
            workspace: Workspace<Float>(
                layout: model.layout, capacity: max(batchCapacity, min(config.evaluationBatchSize, validation.count))),
            learningRate: 0, clamp: config.gradientClamp,
            adam: Adam(count: model.parameterCount),
            gradients: [Float](repeating: 0, count: model.parameterCount))
        let schedule = CosineSchedule(initial: config.learningRate, minimum: config.minimumLearningRate, epochs: config.epochs)
        var records: [EpochRecord] = []
        let clock = ContinuousClock()
        var trainSeconds = 0.0
        var totalSeconds = 0.0
        for epoch in 0..<config.epochs {
            state.learningRate = Float(schedule.rate(epoch: epoch))
            let start = clock.now
            var lossSum = 0.0
            for _ in 0..<iterations {
                lossSum += try step(&model, &state)
            }
            let trained = clock.now
            let evaluation: Evaluation
            do {
                evaluation = try MLP.metrics(model.predict(validation, workspace: state.workspace), validation)
            } catch {
                throw lift(error)
            }
            let validated = clock.now
            trainSeconds += (trained - start).seconds
            totalSeconds += (validated - start).seconds
            let record = EpochRecord(
                epoch: epoch + 1, learningRate: Double(state.learningRate),
                trainLoss: lossSum / Double(max(iterations, 1)),
                validationAUC: evaluation.auc, validationLogLoss: evaluation.logLoss,
                validationAccuracy: evaluation.accuracy, trainSeconds: trainSeconds, cumulativeSeconds: totalSeconds)
            records.append(record)
            progress?(record)
        }
        return TrainingHistory(epochs: records)
    }
}
