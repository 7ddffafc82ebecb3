import Foundation
import Numerics
import Randomness
import SparseData

/// Times TRAILS with and without the database on this machine, for real.
///
/// - In-database: mini-batches are read from the ``RowTable`` as they are needed.
/// - Out-of-database: the table is first exported to a libsvm file, parsed and loaded whole;
///   batches then come from memory, at the same row positions as the in-database path.
/// Both then run the same work: filtering scores N architectures with JacFlow (|SynFlow + NASWOT|)
/// on a fresh batch each, and refinement trains the top K for `refinementIterations` steps each.
public struct DatabasePathTiming: Sendable {
    /// Seconds of each stage.
    public struct Stages: Sendable, Equatable {
        /// Getting data ready for the first step (in-DB: one batch; out-of-DB: export + parse + load).
        public var preprocessing: Double
        /// Scoring N architectures.
        public var filtering: Double
        /// Training the top K.
        public var refinement: Double
        /// The sum.
        public var total: Double { preprocessing + filtering + refinement }
    }

    /// The table holding the training rows.
    public var table: RowTable
    /// Validation rows (in memory for both paths).
    public var validation: LibSVMDataset
    /// The feature-id vocabulary size.
    public var features: Int
    /// Rows per scoring batch (TRAILS: 32).
    public var scoringBatch: Int
    /// Rows per training batch.
    public var trainingBatch: Int
    /// Training steps per refined architecture.
    public var refinementIterations: Int
    /// The seed of architectures, weights and batches.
    public var seed: UInt64
    /// Where the out-of-DB path writes its export.
    public var exportPath: String

    /// Creates a timing run.
    public init(table: RowTable, validation: LibSVMDataset, features: Int, scoringBatch: Int = 32, trainingBatch: Int,
                refinementIterations: Int, seed: UInt64, exportPath: String) {
        self.table = table
        self.validation = validation
        self.features = features
        self.scoringBatch = scoringBatch
        self.trainingBatch = trainingBatch
        self.refinementIterations = refinementIterations
        self.seed = seed
        self.exportPath = exportPath
    }

    /// The in-database path exploring `explored` architectures and refining `kept`.
    public func inDatabase(explored: Int, kept: Int) throws -> Stages {
        let clock = ContinuousClock()
        var t = clock.now
        var stream = SQLiteBatchStream(table: table, batchSize: scoringBatch, generator: SeededGenerator(seed: seed).derived(1))
        let first = try stream.next()
        let preprocessing = Self.seconds(clock.now - t)
        t = clock.now
        let ranked = try filter(explored: explored, firstBatch: first) { try stream.next() }
        let filtering = Self.seconds(clock.now - t)
        t = clock.now
        var trainStream = SQLiteBatchStream(table: table, batchSize: trainingBatch, generator: SeededGenerator(seed: seed).derived(2))
        try refine(ranked.prefix(kept)) { try trainStream.next() }
        return Stages(preprocessing: preprocessing, filtering: filtering, refinement: Self.seconds(clock.now - t))
    }

    /// The out-of-database path: export, parse and load, then the same work from memory.
    public func outOfDatabase(explored: Int, kept: Int) throws -> Stages {
        let clock = ContinuousClock()
        var t = clock.now
        try table.exportLibSVM(to: exportPath)
        let data = try LibSVMDataset(path: exportPath, fields: table.fields)
        let preprocessing = Self.seconds(clock.now - t)
        try? FileManager.default.removeItem(atPath: exportPath)
        // The same positions as the in-database path (same sampler, same generators), so both
        // paths score and train on the same rows; the export keeps the table's row order.
        var scoring = SQLiteBatchStream(table: table, batchSize: scoringBatch, generator: SeededGenerator(seed: seed).derived(1))
        var training = SQLiteBatchStream(table: table, batchSize: trainingBatch, generator: SeededGenerator(seed: seed).derived(2))
        t = clock.now
        let ranked = try filter(explored: explored, firstBatch: data.rows(scoring.nextPositions())) { data.rows(scoring.nextPositions()) }
        let filtering = Self.seconds(clock.now - t)
        t = clock.now
        try refine(ranked.prefix(kept)) { data.rows(training.nextPositions()) }
        return Stages(preprocessing: preprocessing, filtering: filtering, refinement: Self.seconds(clock.now - t))
    }

    /// Scores `explored` seeded architectures, each on the next batch; returns them best first.
    func filter(explored: Int, firstBatch: LibSVMDataset, next: () throws -> LibSVMDataset) throws -> [MLPArchitecture] {
        var g = SeededGenerator(seed: seed)
        let architectures = try ArchitectureSample.uniform(count: explored, generator: &g)
        var scored: [(MLPArchitecture, Double)] = []
        var batch = firstBatch
        for (i, architecture) in architectures.enumerated() {
            if i > 0 { batch = try next() }
            var init_ = SeededGenerator(seed: seed).derived(UInt64(100 + i))
            let model = MLP(architecture: architecture, fields: table.fields, features: features, generator: &init_)
            scored.append((architecture, try model.score(.jacFlow, batch: batch, generator: &init_)))
        }
        return scored.enumerated().sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }.map(\.element.0)
    }

    /// Trains each architecture for `refinementIterations` steps on batches from `next`.
    func refine(_ architectures: ArraySlice<MLPArchitecture>, next: () throws -> LibSVMDataset) throws {
        var config = TrainingConfiguration(epochs: 1, batchSize: trainingBatch, iterationsPerEpoch: refinementIterations)
        config.evaluationBatchSize = 1024
        for (i, architecture) in architectures.enumerated() {
            var init_ = SeededGenerator(seed: seed).derived(UInt64(10_000 + i))
            var model = MLP(architecture: architecture, fields: table.fields, features: features, generator: &init_)
            _ = try Trainer(configuration: config).train(&model, validation: validation, nextBatch: next)
        }
    }

    static func seconds(_ d: Duration) -> Double {
        let (s, atto) = d.components
        return Double(s) + Double(atto) * 1e-18
    }
}
