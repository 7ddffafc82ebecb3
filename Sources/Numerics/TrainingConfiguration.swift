/// How to train a TRAILS MLP (defaults: the paper's optimiser, schedule and clamp).
public struct TrainingConfiguration: Sendable, Equatable {
    /// Epochs E.
    public var epochs: Int
    /// Rows per mini-batch.
    public var batchSize: Int
    /// Mini-batches per epoch; nil means one pass over the training rows
    /// (a final partial batch of ≥ 2 rows included).
    public var iterationsPerEpoch: Int?
    /// Adam's starting rate (cosine-annealed to `minimumLearningRate`).
    public var learningRate: Double = 1e-3
    /// The cosine floor.
    public var minimumLearningRate: Double = 1e-4
    /// Gradients are clamped to [−clamp, clamp] before each step; nil disables.
    public var gradientClamp: Float? = 1
    /// Rows per validation forward pass.
    public var evaluationBatchSize: Int = 1024

    /// Creates a configuration.
    public init(epochs: Int, batchSize: Int, iterationsPerEpoch: Int? = nil) {
        self.epochs = epochs
        self.batchSize = batchSize
        self.iterationsPerEpoch = iterationsPerEpoch
    }
}
