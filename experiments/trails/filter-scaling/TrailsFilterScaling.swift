import Datasets
import Harness
import TabularStore

/// TRAILS filtering scalability: scoring Criteo architectures with 1, 2, 4 and 8 CPUs.
public enum TrailsFilterScaling: Experiment {
    /// Settings of the released variant.
    public struct Config: ScaleFreeConfig {
        /// Whether to also read the 10,000-model Criteo scoring trace.
        public var includeFullTrace: Bool = true

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "trails/filter-scaling", title: "Filtering scalability over CPUs",
        reproduces: "Filtering scalability micro-benchmark", order: 12,
        note: "Released variant: filter_scale.json (20 runs × 1,000 Criteo models per CPU count) and the 10,000-model scoring trace.")

    public static func inputs(for config: Config) -> [DataInput] {
        [DataInput(TRAILS.filterScalePath)] + (config.includeFullTrace ? [DataInput(TRAILS.criteoFilteringTimesPath)] : [])
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        try runReleased(config: config, context: context)
    }
}
