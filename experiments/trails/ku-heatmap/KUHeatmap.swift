import Datasets
import Harness

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
        /// The dataset of the released variant's setting, as a file stem.
        public var dataset: String
        /// Datasets of the recomputed variant (our benchmark, `trails/benchmark`); the paper's is uci_diabetes.
        public var recomputedDatasets: [String]
        /// K, the candidates refined, one heatmap row each (the paper: 2, 4, 8, 16).
        public var recomputedKept: [Int]
        /// U, the starting epochs, one heatmap column each (the paper: 1, 2, 4, 8, 16).
        public var recomputedMinimumFidelities: [Int]
        /// N/K: each cell filters N = ratio × K random architectures (capped at the benchmark size).
        public var recomputedRatio: Int
        /// Runs (random candidate samples) averaged per cell.
        public var recomputedRuns: Int
        /// Seed of the runs.
        public var recomputedSeed: UInt64
    }

    public static let info = ExperimentInfo(
        id: "trails/ku-heatmap", title: "K–U heatmap of the refinement phase (UCI Diabetes)",
        paper: "trails", reproduces: "K–U micro-benchmark", order: 10,
        note: "Released variant: no released file holds the K–U sweep (it needs the NAS-Bench-Tabular ground truth); only the simulator's setting is shown. The heatmap comes from the recomputed variant, over our 300-architecture benchmark with N/K = 16 (not 100) so that N = 16K stays below 300 for every K of the grid.")

    public static func defaultConfig(for scale: Scale) -> Config {
        Config(dataset: "uci_diabetes", recomputedDatasets: ["uci_diabetes", "frappe"],
               recomputedKept: [2, 4, 8, 16], recomputedMinimumFidelities: [1, 2, 4, 8, 16],
               recomputedRatio: scale == .smoke ? 1 : 16, recomputedRuns: scale == .smoke ? 5 : 200, recomputedSeed: 10)
    }

    public static func inputs(for config: Config) -> [DataInput] { [DataInput(TRAILS.scriptConstantsPath)] }

    /// The recomputed variant reads our benchmark.
    public static var upstream: [String] { ["trails/benchmark"] }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let released = try runReleased(config: config, context: context)
        let recomputed = try runRecomputed(config: config, context: context)
        return RunResult(numbers: released.numbers.merging(recomputed.numbers) { a, _ in a }, notes: released.notes + recomputed.notes)
    }
}
