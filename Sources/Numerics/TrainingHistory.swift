/// What one epoch of training produced.
public struct EpochRecord: Sendable, Equatable, Codable {
    /// 1-based epoch number.
    public var epoch: Int
    /// The learning rate used during the epoch.
    public var learningRate: Double
    /// Mean training cross-entropy over the epoch's mini-batches.
    public var trainLoss: Double
    /// Validation ROC AUC after the epoch (BatchNorm in eval mode).
    public var validationAUC: Double
    /// Validation log-loss after the epoch.
    public var validationLogLoss: Double
    /// Validation accuracy at threshold 0.5.
    public var validationAccuracy: Double
    /// Cumulative training seconds up to the end of this epoch.
    public var trainSeconds: Double
    /// Cumulative training + validation seconds (the TRAILS "time" column).
    public var cumulativeSeconds: Double
}

/// The per-epoch curve of one training run.
public struct TrainingHistory: Sendable, Equatable, Codable {
    /// One record per epoch, in order.
    public var epochs: [EpochRecord]

    /// Validation AUC after each epoch.
    public var validationAUC: [Double] { epochs.map(\.validationAUC) }
    /// Cumulative train+validation seconds after each epoch.
    public var cumulativeSeconds: [Double] { epochs.map(\.cumulativeSeconds) }
}
