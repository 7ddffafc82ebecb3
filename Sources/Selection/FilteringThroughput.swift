import Numerics
import Randomness
import SparseData
import TabularStore

/// TRAILS's filtering phase on this machine: initialise each architecture and score it with
/// JacFlow's parts (NASWOT and SynFlow, the Numerics engine) on one batch, timed with 1, 2, …
/// workers that split the architectures between them.
///
/// Architecture `i` is initialised from `SeededGenerator(seed:).derived(i)`, whichever worker
/// scores it, so the scores do not depend on the worker count; only the times do. Each worker
/// runs single-threaded (OpenBLAS is pinned to one thread while measuring).
///
/// ```swift
/// let filtering = try FilteringThroughput(data: rows, features: 369, architectures: 500, batchSize: 32, seed: 7)
/// let runs = try filtering.measureScaling(workerCounts: [1, 2], repeats: 3)
/// ```
public struct FilteringThroughput: Sendable {
    /// The architectures scored, in order.
    public var architectures: [MLPArchitecture]
    /// The scoring batch.
    public var batch: LibSVMDataset
    /// The feature-id vocabulary size (embedding rows).
    public var features: Int
    /// The metrics computed per architecture (JacFlow: NASWOT and SynFlow).
    public var metrics: [TFMEM]
    /// The seed of the initial weights.
    public var seed: UInt64

    /// Scores `architectures` on `batch` (≥ 2 rows).
    public init(architectures: [MLPArchitecture], batch: LibSVMDataset, features: Int,
                metrics: [TFMEM] = [.naswot, .synFlow], seed: UInt64) throws {
        guard batch.count >= 2 else { throw SelectionError("filtering batch", "needs at least 2 rows, got \(batch.count)") }
        guard !architectures.isEmpty, !metrics.isEmpty else {
            throw SelectionError("filtering", "needs at least one architecture and one metric")
        }
        self.architectures = architectures
        self.batch = batch
        self.features = features
        self.metrics = metrics
        self.seed = seed
    }

    /// `architectures` uniform samples of the TRAILS space scored on `batchSize` seeded rows of `data`.
    public init(data: LibSVMDataset, features: Int, architectures count: Int, batchSize: Int,
                metrics: [TFMEM] = [.naswot, .synFlow], seed: UInt64) throws {
        guard data.count >= 1 else { throw SelectionError("filtering data", "has no rows") }
        var sample = SeededGenerator(seed: seed)
        let architectures = try ArchitectureSample.uniform(count: count, generator: &sample)
        var rows = SeededGenerator(seed: seed).derived(1_000_000)
        let batch = data.rows((0..<batchSize).map { _ in Int(rows.next() % UInt64(data.count)) })
        try self.init(architectures: architectures, batch: batch, features: features, metrics: metrics, seed: seed)
    }

    /// Initialises architecture `index` and computes every metric (in ``metrics`` order).
    public func scores(of index: Int) throws -> [Double] {
        var generator = SeededGenerator(seed: seed).derived(UInt64(index))
        let model = MLP(architecture: architectures[index], fields: batch.fields, features: features, generator: &generator)
        let scorer = try TFMEMScorer(model: model, batch: batch)
        return metrics.map { scorer.score($0, generator: &generator) }
    }
}

/// One timed filtering run.
public struct FilteringMeasurement: Sendable, Equatable {
    /// Workers scoring concurrently.
    public var workers: Int
    /// Wall-clock seconds to score every architecture.
    public var seconds: Double
    /// CPU seconds the process used meanwhile (all threads, including anything else it ran).
    public var cpuSeconds: Double
    /// Seconds since the start at which each model finished, ascending.
    public var completions: [Double]
    /// Every architecture's metric values, in architecture order.
    public var scores: [[Double]]

    /// Models scored per second.
    public var modelsPerSecond: Double { seconds > 0 ? Double(scores.count) / seconds : 0 }
}
