import Datasets
import Foundation
import Harness

/// TRAILS N/K trade-off micro-benchmark: the selected model's value against the ratio of
/// models scored (N) to models refined (K), one line per time budget.
public enum TrailsNKTradeoff: Experiment {
    /// Settings of the released variant.
    public struct Config: ScaleFreeConfig {
        /// Datasets, as file stems.
        public var datasets: [String] = ["frappe", "criteo", "cifar10", "ImageNet16-120"]
        /// The N/K value of each of the nine settings in a run (not stored in the files).
        public var ratios: [Double] = (0...8).map { pow(2, Double($0)) }

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "trails/nk-tradeoff", title: "N/K trade-off of the two phases",
        reproduces: "N/K micro-benchmark", order: 11,
        note: "Released variant: nk_*_jacflow.json (mean over runs per budget). The files do not store the N/K values; the nine settings are taken as N/K = 1, 2, 4, …, 256, the axis of the draft tabular figure. The draft image panels use other, per-line N/K values that cannot be recovered.")

    public static func inputs(for config: Config) -> [DataInput] {
        config.datasets.compactMap { TRAILS.Dataset(rawValue: $0).flatMap(TRAILS.nkTradeoffPath) }.map { DataInput($0) }
    }

    /// Every dataset is one the authors released an N/K file for.
    public static func validate(_ config: Config) throws {
        _ = try TRAILS.Dataset.named(config.datasets) { TRAILS.nkTradeoffPath($0) != nil }
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        try runReleased(config: config, context: context)
    }
}
