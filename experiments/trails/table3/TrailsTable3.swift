import Datasets
import Harness
import Statistics
import Tables

/// TRAILS Table 3: Spearman rank correlation (SRCC) of each TFMEM with the trained
/// models' final AUC/accuracy.
///
/// The released files hold training-free scores but no per-architecture ground truth
/// (NAS-Bench-Tabular is not available), so the table's cells cannot be recomputed from
/// them. The released variant reports what the score files do allow: their coverage and
/// how the released metrics rank the same architectures against one another.
public enum TrailsTable3: Experiment {
    /// Settings of the released variant.
    public struct Config: ScaleFreeConfig {
        /// Tabular datasets whose KNAS score files are read.
        public var datasets: [String] = ["frappe", "uci_diabetes", "criteo"]

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "trails/table3", title: "SRCC of training-free metrics (TFMEMs)",
        reproduces: "Table 3", order: 3,
        note: "Released variant: the SRCC cells need the per-architecture NAS-Bench-Tabular ground truth, which is not available; only metric-vs-metric rank correlations on the released score files are computed.")

    static let weightSharingPath = "\(TRAILS.resultFolder)/weight_share_nas_frappe.json"

    public static func inputs(for config: Config) -> [DataInput] {
        let knas = config.datasets.compactMap { TRAILS.Dataset(rawValue: $0).flatMap(TRAILS.knasScoresPath) }
        return (knas + [TRAILS.criteoJacFlowScoresPath, weightSharingPath]).map { DataInput($0) }
    }

    /// Every dataset is one the authors released KNAS scores for.
    public static func validate(_ config: Config) throws {
        _ = try TRAILS.Dataset.named(config.datasets) { TRAILS.knasScoresPath($0) != nil }
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        try runReleased(config: config, context: context)
    }

    static func runReleased(config: Config, context: RunContext) throws -> RunResult {
        var numbers: [String: Double] = [:]
        var table = Table(
            title: "TRAILS Table 3 (released files): what the score files allow",
            columns: [Column("Scores"), Column("Architectures", format: .integer),
                      Column("Compared with"), Column("Shared", format: .integer), Column("SRCC", format: .fixed(digits: 3))],
            identifier: "trails-table3-released")
        let jacflow = try TRAILS.ScoreTable.load(try context.input(TRAILS.criteoJacFlowScoresPath)).scores("jacflow")
        let sharing = try TRAILS.ScoreTable.load(try context.input(weightSharingPath)).scores("score")
        for dataset in config.datasets.compactMap({ TRAILS.Dataset(rawValue: $0) }) {
            guard let path = TRAILS.knasScoresPath(dataset) else { continue }
            let knas = try TRAILS.ScoreTable.load(try context.input(path)).scores("knas")
            numbers["\(dataset.fileStem).knas.architectures"] = Double(knas.count)
            let other: (name: String, key: String, scores: [String: Double])? = switch dataset {
            case .criteo: ("JacFlow (criteo, 10k)", "jacflow", jacflow)
            case .frappe: ("weight sharing (frappe)", "weight_sharing", sharing)
            default: nil
            }
            guard let other else {
                table.addRow([.text("KNAS (\(dataset.displayName))"), .number(Double(knas.count)), "–", .empty, .empty])
                continue
            }
            let shared = knas.keys.filter { other.scores[$0] != nil }.sorted()
            let srcc = try Correlation.spearman(shared.map { knas[$0] ?? 0 }, shared.map { other.scores[$0] ?? 0 })
            numbers["\(dataset.fileStem).knas_vs_\(other.key).srcc"] = srcc
            table.addRow([.text("KNAS (\(dataset.displayName))"), .number(Double(knas.count)), .text(other.name),
                          .number(Double(shared.count)), .number(srcc)])
        }
        try table.write(to: context.output("table3-released"), formats: [.csv, .markdown, .latex])
        return RunResult(numbers: numbers, notes: [
            "Not reproducible here: NAS-Bench-Tabular ground truth not available (tab_data/*/all_train_baseline_*.json and the score_*_batch_size_32 TFMEM files are on Google Drive only). The paper's SRCC cells are listed as claims, unjudged.",
            "The SRCC column here ranks one training-free metric against another on the architectures both files scored; it is not a cell of Table 3.",
        ])
    }
}
