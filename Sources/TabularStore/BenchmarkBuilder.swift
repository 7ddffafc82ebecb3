import Datasets
import Numerics
import Randomness

/// Builds a tabular NAS benchmark: scores every TFMEM at init, trains, stores; resumable.
///
/// Architecture `i` of the list gets its own generator, `SeededGenerator(seed:).derived(i)`,
/// for its initial weights, batch order and ExpressFlow perturbation, so a resumed build
/// produces the same records as an uninterrupted one (up to wall-clock times).
public struct BenchmarkBuilder: Sendable {
    /// How every architecture is trained.
    public var training: TrainingConfiguration
    /// The metrics scored at initialisation.
    public var metrics: [TFMEM]
    /// The seed of the build.
    public var seed: UInt64
    /// The feature-id vocabulary size of the data.
    public var features: Int

    /// Creates a builder.
    public init(training: TrainingConfiguration, metrics: [TFMEM] = TFMEM.allCases, seed: UInt64, features: Int) {
        self.training = training
        self.metrics = metrics
        self.seed = seed
        self.features = features
    }

    /// The record of architecture `position`: scores on `scoringBatch`, then training.
    public func record(for architecture: MLPArchitecture, position: Int, training data: LibSVMDataset,
                       validation: LibSVMDataset, scoringBatch: LibSVMDataset) throws -> BenchmarkRecord {
        var generator = SeededGenerator(seed: seed).derived(UInt64(position))
        var model = MLP(architecture: architecture, fields: data.fields, features: features, generator: &generator)
        let scorer = try TFMEMScorer(model: model, batch: scoringBatch)
        let clock = ContinuousClock()
        var scores: [BenchmarkRecord.MetricScore] = []
        for metric in metrics {
            let start = clock.now
            let value = scorer.score(metric, generator: &generator)
            let elapsed = clock.now - start
            scores.append(.init(metric: metric, value: value, seconds: Self.seconds(elapsed)))
        }
        let history = try Trainer(configuration: training).train(&model, training: data, validation: validation, generator: &generator)
        return BenchmarkRecord(
            architecture: architecture, position: position, parameterCount: model.parameterCount,
            validationAUC: history.validationAUC, trainLoss: history.epochs.map(\.trainLoss),
            cumulativeSeconds: history.cumulativeSeconds, scores: scores)
    }

    /// Builds every architecture not yet in `store`, calling `progress` after each one
    /// (with the record, or nil for one skipped because it was already stored).
    public func build(architectures: [MLPArchitecture], training data: LibSVMDataset, validation: LibSVMDataset,
                      scoringBatch: LibSVMDataset, store: BenchmarkStore,
                      progress: (BenchmarkRecord?) -> Void = { _ in }) throws {
        let done = try store.trainedArchitectures()
        for (position, architecture) in architectures.enumerated() {
            if done.contains(architecture.description) {
                progress(nil)
                continue
            }
            let record = try record(for: architecture, position: position, training: data,
                                    validation: validation, scoringBatch: scoringBatch)
            try store.insert(record)
            progress(record)
        }
    }

    static func seconds(_ d: Duration) -> Double {
        let (s, atto) = d.components
        return Double(s) + Double(atto) * 1e-18
    }
}
