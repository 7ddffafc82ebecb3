import Datasets
import Harness

/// TRAILS Figure 8: in-database efficiency. (a) latency of exploring N models and
/// refining K on Criteo, TRAILS vs TRAILS without the RDBMS; (b) initial data
/// preprocessing time; plus the measured per-model filtering latency in and out of the
/// database from the released efficiency traces.
public enum TrailsFigure8: Experiment {
    /// Settings of the released variant.
    public struct Config: ScaleFreeConfig {
        /// Datasets of panel (b) and of the filtering traces, in the figure's order.
        public var datasets: [String] = ["criteo", "frappe", "uci_diabetes"]
        /// Model counts of the Criteo data-scalability traces (file suffixes).
        public var scaleModels: [String] = ["500", "1k", "2k", "4k"]

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "trails/figure8", title: "In-database efficiency: TRAILS vs TRAILS w/o RDBMS",
        reproduces: "Figure 8", order: 8,
        note: "Released variant: (a) and (b) from the authors' formula and timing constants (script_constants.json); the filtering-latency traces from exp_result/efficiency.")

    public static func inputs(for config: Config) -> [DataInput] {
        [DataInput(TRAILS.scriptConstantsPath)] + tracePaths(config).flatMap { [DataInput($0.inDB), DataInput($0.outDB)] }
    }

    /// The traces were recorded on the tabular datasets, and the defaults name every released
    /// Criteo model count.
    public static func validate(_ config: Config) throws {
        _ = try TRAILS.Dataset.named(config.datasets, where: \.isTabular)
        let released = Config().scaleModels
        for models in config.scaleModels where !released.contains(models) {
            throw HarnessError.badOverride(
                "scaleModels: '\(models)' has no released trace; expected one of \(released.joined(separator: ", "))")
        }
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        try runReleased(config: config, context: context)
    }

    /// The in-DB and out-of-DB trace files, labelled `<dataset>` or `criteo_<models>`.
    static func tracePaths(_ config: Config) -> [(label: String, inDB: String, outDB: String)] {
        let folder = "\(TRAILS.resultFolder)/efficiency"
        var paths = config.datasets.map { stem in
            (stem, "\(folder)/exp_result_sever_cache_sql_indb_b64/time_score_mlp_sp_\(stem)_batch_size_32_cpu_jacflow.json",
             "\(folder)/exp_result_sever_cache_sql_b64/time_score_mlp_sp_\(stem)_batch_size_64_cpu_jacflow.json")
        }
        paths += config.scaleModels.map { models in
            ("criteo_\(models)",
             "\(folder)/exp_result_sever_cache_sql_indb_scale/time_score_mlp_sp_criteo_batch_size_32_cpu_jacflow_\(models).json",
             "\(folder)/exp_result_sever_cache_sql_scale/time_score_mlp_sp_criteo_batch_size_64_cpu_jacflow_\(models).json")
        }
        return paths
    }
}
