import Datasets
import Harness

/// TRAILS Figure 6: anytime model selection, AUC/accuracy of the selected model against
/// the response-time budget, 2Phase-MS (TRAILS) vs training-free vs training-based.
public enum TrailsFigure6: Experiment {
    /// Settings of the released variant.
    public struct Config: ExperimentConfig {
        /// Released 2Phase-MS result file per tabular dataset, relative to the data root.
        public var twoPhaseFiles: [String: String]
        /// Released training-free (filtering only) file per tabular dataset.
        public var trainingFreeFiles: [String: String]
        /// Image datasets (NB201) read from `0_macro_res_*`.
        public var imageDatasets: [String]
        /// Band quantiles (the authors' figures: 25–75 %).
        public var bandLower: Double
        /// See ``bandLower``.
        public var bandUpper: Double
        /// The older diabetes 2Phase-MS runs of the matched pair in `history/` (Figure 6(c)'s speed-up).
        public var historyTwoPhaseFile: String
        /// The training-based (regularized evolution) diabetes run matched with ``historyTwoPhaseFile``.
        public var historyTrainingBasedFile: String
        /// The regularized-evolution exploration on Criteo (best AUC per explored architecture).
        public var regularizedEvolutionFile: String
    }

    public static let info = ExperimentInfo(
        id: "trails/figure6", title: "Anytime model selection: 2Phase-MS vs training-free vs training-based",
        reproduces: "Figure 6", order: 6,
        note: "Released variant: JacFlow 2Phase-MS and training-free runs (jacflow/res_end_2_end_*), NB201 panels from 0_macro_res_*. The tabular training-based (RE) and TabNAS curves were not released, so the tabular speed-ups cannot be read off the data.")

    public static func defaultConfig(for scale: Scale) -> Config {
        let folder = "\(TRAILS.resultFolder)/jacflow"
        return Config(
            twoPhaseFiles: [
                "frappe": "\(folder)/res_end_2_end_mlp_sp_frappe_-1_5_jacflow.json",
                "criteo": "\(folder)/res_end_2_end_criteo_100_12.json",
                "uci_diabetes": "\(folder)/res_end_2_end_uci_diabetes_100_12_160k.json",
            ],
            trainingFreeFiles: [
                "frappe": "\(folder)/res_end_2_end_frappe_100_12_p1.json",
                "criteo": "\(folder)/res_end_2_end_criteo_100_12_p1.json",
                "uci_diabetes": "\(folder)/res_end_2_end_uci_diabetes_100_12_p1.json",
            ],
            imageDatasets: ["cifar10", "cifar100", "ImageNet16-120"],
            bandLower: 0.25, bandUpper: 0.75,
            historyTwoPhaseFile: "\(TRAILS.historyFolder)/exps__main_sigmod__analysis__result__res_end_2_end_uci_diabetes_100_10_15run.json",
            historyTrainingBasedFile: "\(TRAILS.historyFolder)/exps__main_sigmod__analysis__result__res_train_base_line_uci_diabetes_epoch_4.json",
            regularizedEvolutionFile: TRAILS.criteoRegularizedEvolutionPath)
    }

    /// The tabular datasets in the figure's panel order.
    static let tabularOrder = ["frappe", "criteo", "uci_diabetes"]

    public static func inputs(for config: Config) -> [DataInput] {
        let tabular = tabularOrder.flatMap { [config.twoPhaseFiles[$0], config.trainingFreeFiles[$0]].compactMap { $0 } }
        let images = config.imageDatasets.compactMap { TRAILS.Dataset(rawValue: $0).flatMap(TRAILS.imageAnytimePath) }
        let extra = [config.historyTwoPhaseFile, config.historyTrainingBasedFile, config.regularizedEvolutionFile]
        return (tabular + images + [TRAILS.scriptConstantsPath] + extra).map { DataInput($0) }
    }

    /// Every image dataset is an NB201 one the authors released anytime runs for, and the band's
    /// levels are quantile levels in order.
    public static func validate(_ config: Config) throws {
        try TRAILS.BandPoint.checkLevels(lower: config.bandLower, upper: config.bandUpper)
        _ = try TRAILS.Dataset.named(config.imageDatasets) { TRAILS.imageAnytimePath($0) != nil }
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        try runReleased(config: config, context: context)
    }
}
