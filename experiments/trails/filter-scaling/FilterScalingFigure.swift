import Datasets
import Harness
import TabularStore

/// TRAILS filtering scalability: scoring Criteo architectures with 1, 2, 4 and 8 CPUs.
public enum FilterScalingFigure: Experiment {
    /// Settings.
    public struct Config: ExperimentConfig {
        /// Whether to also read the 10,000-model Criteo scoring trace.
        public var includeFullTrace: Bool
        /// The dataset whose rows the recomputed variant scores on (`uci_diabetes`: 43 fields, near Criteo's 39).
        public var recomputedDataset: String
        /// Architectures scored per timed run (the paper: 1,000).
        public var recomputedArchitectures: Int
        /// Rows in the scoring batch (TRAILS: 32).
        public var recomputedBatchSize: Int
        /// Worker counts timed (this machine has 2 cores).
        public var recomputedWorkers: [Int]
        /// Timed runs per worker count (the paper: 20).
        public var recomputedRepeats: Int
        /// Seed of the architectures, their weights and the batch.
        public var recomputedSeed: UInt64
    }

    public static let info = ExperimentInfo(
        id: "trails/filter-scaling", title: "Filtering scalability over CPUs",
        paper: "trails", reproduces: "Filtering scalability micro-benchmark", order: 12,
        note: "Released variant: filter_scale.json (20 runs × 1,000 Criteo models per CPU count) and the 10,000-model scoring trace. Recomputed variant: JacFlow (NASWOT + SynFlow) filtering timed on this 2-core machine with 1 and 2 workers (one BLAS thread each), on diabetes rows since Criteo is not available.",
        deterministic: false /* the recomputed variant times filtering on this machine */)

    public static func defaultConfig(for scale: Scale) -> Config {
        Config(includeFullTrace: true, recomputedDataset: "uci_diabetes",
               recomputedArchitectures: scale == .smoke ? 8 : 1000, recomputedBatchSize: scale == .smoke ? 8 : 32,
               recomputedWorkers: [1, 2], recomputedRepeats: scale == .smoke ? 1 : 3, recomputedSeed: 12)
    }

    public static func inputs(for config: Config) -> [DataInput] {
        [DataInput(TRAILS.filterScalePath)] + (config.includeFullTrace ? [DataInput(TRAILS.criteoFilteringTimesPath)] : [])
            + ((try? BenchmarkDataset.named(config.recomputedDataset)).map { [DataInput($0.trainingPath)] } ?? [])
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let released = try runReleased(config: config, context: context)
        let recomputed = try runRecomputed(config: config, context: context)
        return RunResult(numbers: released.numbers.merging(recomputed.numbers) { a, _ in a }, notes: released.notes + recomputed.notes)
    }
}
