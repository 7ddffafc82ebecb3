import Numerics
import Randomness
import SparseData

/// Builds a tabular NAS benchmark: scores every TFMEM at init, trains, stores; resumable.
///
/// Architecture `i` of the list gets its own generator, `SeededGenerator(seed:).derived(i)`,
/// for its initial weights, batch order and ExpressFlow perturbation, so its record does not
/// depend on which other architectures are built, in which order, on how many workers, or
/// where an earlier build was interrupted (up to wall-clock times).
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
    ///
    /// `rowsTrained` is called after every epoch with the rows that epoch trained on.
    public func record(for architecture: MLPArchitecture, position: Int, training data: LibSVMDataset,
                       validation: LibSVMDataset, scoringBatch: LibSVMDataset,
                       rowsTrained: @escaping (Int) -> Void = { _ in }) throws -> BenchmarkRecord {
        var generator = SeededGenerator(seed: seed).derived(UInt64(position))
        var model = MLP(architecture: architecture, fields: data.fields, features: features, generator: &generator)
        let scores = try self.scores(of: model, on: scoringBatch, generator: &generator)
        let rows = rowsPerEpoch(trainingRows: data.count)
        let history = try Trainer(configuration: training).train(
            &model, training: data, validation: validation, generator: &generator) { _ in rowsTrained(rows) }
        return BenchmarkRecord(
            architecture: architecture, position: position, parameterCount: model.parameterCount,
            validationAUC: history.validationAUC, trainLoss: history.epochs.map(\.trainLoss),
            cumulativeSeconds: history.cumulativeSeconds, scores: scores)
    }

    /// About how many rows one epoch trains on (one pass, or the configured iterations × batch).
    public func rowsPerEpoch(trainingRows: Int) -> Int {
        training.iterationsPerEpoch.map { $0 * min(training.batchSize, trainingRows) } ?? trainingRows
    }

    /// About how many rows training one architecture reads (every epoch).
    public func rowsPerArchitecture(trainingRows: Int) -> Int {
        training.epochs * rowsPerEpoch(trainingRows: trainingRows)
    }

    /// Builds every architecture of the list not yet in `store` (see ``build(architectures:indices:training:validation:scoringBatch:store:workers:progress:rowsTrained:)``).
    public func build(architectures: [MLPArchitecture], training data: LibSVMDataset, validation: LibSVMDataset,
                      scoringBatch: LibSVMDataset, store: BenchmarkStore, workers: Int = 1,
                      progress: (BenchmarkRecord?) throws -> Void = { _ in },
                      rowsTrained: @escaping @Sendable (Int) -> Void = { _ in }) throws {
        try build(architectures: architectures, indices: architectures.indices, training: data, validation: validation,
                  scoringBatch: scoringBatch, store: store, workers: workers, progress: progress, rowsTrained: rowsTrained)
    }

    /// Builds the architectures at `indices` of the list (e.g. a shard: every index with
    /// `index % n == i`) that are not yet in `store`.
    ///
    /// Trains on `workers` threads at once, OpenBLAS on one thread (held with
    /// ``BLASThreads/withCount(_:_:)`` for the build), each architecture with the generator of
    /// its index, so a record equals the one a full single-worker build stores for that index.
    /// The calling thread is the one writer: it inserts each finished record (one transaction
    /// each) and then calls `progress` with it, or with nil for an index skipped because it
    /// was already stored (those come first). Workers call `rowsTrained` after every epoch
    /// with the rows it trained (from their own threads).
    ///
    /// An error from training, the store or `progress` stops the build: no new architecture
    /// starts, the ones in flight finish and are dropped (as if the process had been killed),
    /// and the first error is rethrown. A later build resumes from what was stored.
    public func build(architectures: [MLPArchitecture], indices: some Sequence<Int>, training data: LibSVMDataset,
                      validation: LibSVMDataset, scoringBatch: LibSVMDataset, store: BenchmarkStore, workers: Int = 1,
                      progress: (BenchmarkRecord?) throws -> Void = { _ in },
                      rowsTrained: @escaping @Sendable (Int) -> Void = { _ in }) throws {
        let wanted = try Self.distinct(indices, of: architectures)
        let done = try store.trainedArchitectures()
        try run(wanted, done: done, ids: { architectures[$0].description }, workers: workers,
                work: { [self] position in
                    try record(for: architectures[position], position: position, training: data,
                               validation: validation, scoringBatch: scoringBatch, rowsTrained: rowsTrained)
                },
                store: store.insert, progress: progress)
    }

    /// `indices` without repeats, in order, each checked to be a position of `architectures`.
    static func distinct(_ indices: some Sequence<Int>, of architectures: [MLPArchitecture]) throws -> [Int] {
        var seen = Set<Int>()
        var wanted: [Int] = []
        for index in indices where seen.insert(index).inserted {
            guard architectures.indices.contains(index) else {
                throw TabularStoreError("benchmark build indices", "index \(index) is outside the \(architectures.count) architectures")
            }
            wanted.append(index)
        }
        return wanted
    }

    /// Runs `work` for every position of `wanted` whose id is not in `done` on `workers` threads,
    /// with OpenBLAS on one thread; this thread stores each finished record, then reports it
    /// (nil for each position skipped as done, reported first). The first error stops the run:
    /// no new position starts, those in flight finish and are dropped, and the error is rethrown.
    func run(_ wanted: [Int], done: Set<String>, ids: (Int) -> String, workers: Int,
             work: @escaping @Sendable (Int) throws -> BenchmarkRecord,
             store: (BenchmarkRecord) throws -> Void, progress: (BenchmarkRecord?) throws -> Void) throws {
        var pending: [Int] = []
        for index in wanted {
            if done.contains(ids(index)) { try progress(nil) } else { pending.append(index) }
        }
        guard !pending.isEmpty else { return }
        let jobs = BuildJobs(positions: pending)
        let results = BuildResults()
        let threads = max(1, min(workers, pending.count))
        try BLASThreads.withCount(1) {
            for _ in 0..<threads {
                results.workerStarted()
                WorkerThreads.start {
                    while let position = jobs.next() {
                        results.put(Result { try work(position) })
                    }
                    results.workerFinished()
                }
            }
            var failure: (any Error)?
            while let outcome = results.take() {
                guard failure == nil else { continue }  // drain what was in flight
                do {
                    let record = try outcome.get()
                    try store(record)
                    try progress(record)
                } catch {
                    failure = error
                    jobs.stop()
                }
            }
            if let failure { throw failure }
        }
    }

    static func seconds(_ d: Duration) -> Double {
        let (s, atto) = d.components
        return Double(s) + Double(atto) * 1e-18
    }
}
