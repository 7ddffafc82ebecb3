import Datasets
import Harness

/// TRAILS Figure 9: UNIFORM vs successive rejects vs successive halving refining a fixed
/// candidate set, selected-model AUC/accuracy against the time budget.
public enum TrailsFigure9: Experiment {
    /// Settings of the released variant.
    public struct Config: ExperimentConfig {
        /// Datasets of the released variant, as file stems (`frappe`, `criteo`, `cifar10`, ...).
        public var releasedDatasets: [String]
        /// Lower quantile of the band drawn around the mean (the authors' scripts: 25 %).
        public var bandLower: Double
        /// Upper quantile of the band.
        public var bandUpper: Double
        /// Datasets re-rendered from the older 50-run files behind the draft figure (C10, IN-16).
        public var historicalDatasets: [String]
    }

    public static let info = ExperimentInfo(
        id: "trails/figure9", title: "Refinement micro-benchmark: UNIFORM vs SR vs SH",
        reproduces: "Figure 9", order: 9,
        note: "Released variant: re-rendered from the authors' micro_phase2_* files (mean and 25–75 % band over runs; budgets where a method cannot run are stored as 0 and dropped). There is no UCI Diabetes file; the Criteo file has only 25 of 100 runs completed (the other 75 are all zeros and are dropped).")

    /// Every dataset at both scales: reading the files takes well under a second.
    public static func defaultConfig(for scale: Scale) -> Config {
        let all = ["frappe", "criteo", "cifar10", "cifar100", "ImageNet16-120"]
        return Config(releasedDatasets: all, bandLower: 0.25, bandUpper: 0.75, historicalDatasets: ["cifar10", "ImageNet16-120"])
    }

    public static func inputs(for config: Config) -> [DataInput] {
        let current = releasedDatasets(config).compactMap { TRAILS.refinementBenchmarkPath($0) }
        let history = config.historicalDatasets.compactMap { TRAILS.Dataset(rawValue: $0).flatMap(TRAILS.historicalRefinementBenchmarkPath) }
        return (current + history).map { DataInput($0) }
    }

    /// Every dataset is one the authors released a refinement benchmark (current or older) for,
    /// and the band's levels are quantile levels in order.
    public static func validate(_ config: Config) throws {
        try TRAILS.BandPoint.checkLevels(lower: config.bandLower, upper: config.bandUpper)
        _ = try TRAILS.Dataset.named(config.releasedDatasets) { TRAILS.refinementBenchmarkPath($0) != nil }
        _ = try TRAILS.Dataset.named(config.historicalDatasets) { TRAILS.historicalRefinementBenchmarkPath($0) != nil }
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        try runReleased(config: config, context: context)
    }

    static func releasedDatasets(_ config: Config) -> [TRAILS.Dataset] {
        config.releasedDatasets.compactMap { TRAILS.Dataset(rawValue: $0) }
    }
}
