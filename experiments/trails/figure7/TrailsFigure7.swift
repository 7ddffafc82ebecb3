import Datasets
import Harness

/// TRAILS Figure 7: cost efficiency. (a) model-selection latency of TRAILS on CPU, GPU
/// and hybrid (filter on CPU, refine on GPU); (b) GPU time against training-based selection.
public enum TrailsFigure7: Experiment {
    /// Settings of the released variant.
    public struct Config: ScaleFreeConfig {
        /// Datasets in the figure's order, as file stems.
        public var datasets: [String] = ["criteo", "frappe", "uci_diabetes"]

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "trails/figure7", title: "Cost efficiency: device placement and GPU time",
        reproduces: "Figure 7", order: 7,
        note: "Released variant: recomputed with the authors' cost formulas from the timing constants of their scripts (script_constants.json); the formulas, not their printed results, are applied.")

    public static func inputs(for config: Config) -> [DataInput] {
        [DataInput(TRAILS.scriptConstantsPath)]
    }

    /// Every dataset is one of the paper's (the constants file is read for it).
    public static func validate(_ config: Config) throws { _ = try TRAILS.Dataset.named(config.datasets) }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        try runReleased(config: config, context: context)
    }
}
