import Datasets
import Harness

/// TRAILS K–U heatmap on UCI Diabetes: AUC of the selected model and total training
/// epochs for K refined candidates and U initial epochs.
///
/// No released result file holds the K–U sweep (it was simulated on NAS-Bench-Tabular,
/// which is not available), so the released variant can only state the simulator's
/// setting from the authors' constants; the heatmap itself comes from the recomputed
/// variant on our own benchmark.
public enum TrailsKUHeatmap: Experiment {
    /// Settings of the released variant.
    public struct Config: ScaleFreeConfig {
        /// The dataset of the released variant's setting, as a file stem.
        public var dataset: String = "uci_diabetes"

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "trails/ku-heatmap", title: "K–U heatmap of the refinement phase (UCI Diabetes)",
        reproduces: "K–U micro-benchmark", order: 10,
        note: "Released variant: no released file holds the K–U sweep (it needs the NAS-Bench-Tabular ground truth); only the simulator's setting is shown. The heatmap comes from the recomputed variant (trails/ku-heatmap/recomputed).")

    public static func inputs(for config: Config) -> [DataInput] { [DataInput(TRAILS.scriptConstantsPath)] }

    /// The dataset is one of the paper's (the constants file is read for it).
    public static func validate(_ config: Config) throws { _ = try TRAILS.Dataset.named([config.dataset]) }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        try runReleased(config: config, context: context)
    }
}
