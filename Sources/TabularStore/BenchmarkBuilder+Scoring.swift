import Numerics
import Randomness
import SparseData

extension BenchmarkBuilder {
    /// Every metric of ``metrics`` for `model` on `scoringBatch`, each with its wall seconds.
    func scores(of model: MLP, on scoringBatch: LibSVMDataset,
                generator: inout SeededGenerator) throws -> [BenchmarkRecord.MetricScore] {
        let scorer = try TFMEMScorer(model: model, batch: scoringBatch)
        let clock = ContinuousClock()
        return metrics.map { metric in
            let start = clock.now
            let value = scorer.score(metric, generator: &generator)
            return .init(metric: metric, value: value, seconds: Self.seconds(clock.now - start))
        }
    }

    /// The TFMEM scores of an architecture that is scored but not trained: position `position`
    /// of the score list, initialised from its own generator (a stream apart from the trained
    /// list's, so score-list position p never shares weights with trained position p).
    public func scoreRecord(for architecture: MLPArchitecture, position: Int, fields: Int,
                            scoringBatch: LibSVMDataset) throws -> BenchmarkRecord {
        var generator = SeededGenerator(seed: seed).derived(UInt64(position) | Self.scoreListStream)
        let model = MLP(architecture: architecture, fields: fields, features: features, generator: &generator)
        let scores = try self.scores(of: model, on: scoringBatch, generator: &generator)
        return BenchmarkRecord(architecture: architecture, position: position, parameterCount: model.parameterCount,
                               validationAUC: [], trainLoss: [], cumulativeSeconds: [], scores: scores)
    }

    /// Scores (without training) the architectures at `indices` of the score list that are not
    /// yet among `store`'s scored ones, on `workers` threads; records are identical for any
    /// number of workers, order or interruption (apart from measured seconds). `progress` gets
    /// each stored record, or nil for an index skipped as done.
    public func buildScores(architectures: [MLPArchitecture], indices: some Sequence<Int>, fields: Int,
                            scoringBatch: LibSVMDataset, store: BenchmarkStore, workers: Int = 1,
                            progress: (BenchmarkRecord?) throws -> Void = { _ in }) throws {
        let wanted = try Self.distinct(indices, of: architectures)
        try run(wanted, done: try store.scoredArchitectures(), ids: { architectures[$0].description }, workers: workers,
                work: { [self] position in
                    try scoreRecord(for: architectures[position], position: position, fields: fields, scoringBatch: scoringBatch)
                },
                store: store.insertScored, progress: progress)
    }

    /// Set on the generator index of every score-list position.
    static let scoreListStream: UInt64 = 1 << 40
}
