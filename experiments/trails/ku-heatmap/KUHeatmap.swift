import Datasets
import Harness
import Tables

/// TRAILS K–U heatmap on UCI Diabetes: AUC of the selected model and total training
/// epochs for K refined candidates and U initial epochs.
///
/// No released result file holds the K–U sweep (it was simulated on NAS-Bench-Tabular,
/// which is not available), so the released variant can only state the simulator's
/// setting from the authors' constants; the heatmap itself comes from the recomputed
/// variant on our own benchmark.
public enum KUHeatmap: Experiment {
    /// Settings.
    public struct Config: ExperimentConfig {
        /// The dataset of the heatmap, as a file stem.
        public var dataset: String
    }

    public static let info = ExperimentInfo(
        id: "trails/ku-heatmap", title: "K–U heatmap of the refinement phase (UCI Diabetes)",
        paper: "trails", reproduces: "K–U micro-benchmark", order: 10,
        note: "Released variant: no released file holds the K–U sweep (it needs the NAS-Bench-Tabular ground truth); only the simulator's setting is shown. The heatmap comes from the recomputed variant.")

    public static func defaultConfig(for scale: Scale) -> Config { Config(dataset: "uci_diabetes") }

    public static func inputs(for config: Config) -> [DataInput] { [DataInput(TRAILS.scriptConstantsPath)] }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let constants = try TRAILS.ScriptConstants.load(try context.input(TRAILS.scriptConstantsPath))
        let key = config.dataset
        guard let maxEpochs = constants.maxEpochs[key], let truthEpoch = constants.groundTruthEpoch[key] else {
            throw TRAILS.MissingConstant(key: "max_epochs_in_benchmark.\(key)")
        }
        var table = Table(
            title: "TRAILS K–U heatmap (released): the simulator's setting; the sweep itself was not released",
            columns: [Column("Setting"), Column("Value", format: .integer)], identifier: "trails-ku-released")
        table.addRow(["Successive-halving η", .number(Double(constants.eta))])
        table.addRow(["Maximum epochs in the benchmark", .number(Double(maxEpochs))])
        table.addRow(["Ground-truth epoch used by the simulator", .number(Double(truthEpoch))])
        try table.write(to: context.output("ku-heatmap-released"), formats: [.csv, .markdown])
        return RunResult(
            numbers: ["eta": Double(constants.eta), "max_epochs": Double(maxEpochs), "ground_truth_epoch": Double(truthEpoch)],
            notes: ["Not reproducible from the released files: no K–U sweep was released (it was simulated on NAS-Bench-Tabular, which is not available)."])
    }
}
