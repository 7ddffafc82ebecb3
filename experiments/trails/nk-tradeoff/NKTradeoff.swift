import Datasets
import Foundation
import Harness

/// TRAILS N/K trade-off micro-benchmark: the selected model's value against the ratio of
/// models scored (N) to models refined (K), one line per time budget.
public enum NKTradeoffFigure: Experiment {
    /// Settings.
    public struct Config: ExperimentConfig {
        /// Datasets, as file stems.
        public var datasets: [String]
        /// The N/K value of each of the nine settings in a run (not stored in the files).
        public var ratios: [Double]
        /// Datasets of the recomputed variant (our benchmark, `trails/benchmark`).
        public var recomputedDatasets: [String]
        /// N/K values swept in the recomputed variant.
        public var recomputedRatios: [Int]
        /// The N/K whose largest uncapped plan sets the reference budget T (TRAILS: 100).
        public var recomputedReferenceRatio: Int
        /// Budgets as multiples of T (the paper's 4, 8, 16, 32 min double too).
        public var recomputedBudgetMultiples: [Double]
        /// Runs per ratio and budget.
        public var recomputedRuns: Int
        /// Seed of the runs.
        public var recomputedSeed: UInt64
    }

    public static let info = ExperimentInfo(
        id: "trails/nk-tradeoff", title: "N/K trade-off of the two phases",
        paper: "trails", reproduces: "N/K micro-benchmark", order: 11,
        note: "Released variant: nk_*_jacflow.json (mean over runs per budget). The files do not store the N/K values; the nine settings are taken as N/K = 1, 2, 4, …, 256, the axis of the draft tabular figure. The draft image panels use other, per-line N/K values that cannot be recovered. Recomputed variant: the coordinator's plans over our 300-architecture benchmark; since N ≤ 300, the budgets are T, 2T, 4T and 8T with T the budget at which N/K = 100 plans exactly K = 3, N = 300, U = 1; above T the largest ratios are capped by the sample size.",
        deterministic: false /* the recomputed budgets come from training times measured on this machine */)

    public static func defaultConfig(for scale: Scale) -> Config {
        Config(datasets: ["frappe", "criteo", "cifar10", "ImageNet16-120"], ratios: (0...8).map { pow(2, Double($0)) },
               recomputedDatasets: ["frappe", "uci_diabetes"], recomputedRatios: (0...8).map { 1 << $0 },
               recomputedReferenceRatio: scale == .smoke ? 8 : 100, recomputedBudgetMultiples: [1, 2, 4, 8],
               recomputedRuns: scale == .smoke ? 5 : 100, recomputedSeed: 11)
    }

    public static func inputs(for config: Config) -> [DataInput] {
        config.datasets.compactMap { TRAILS.Dataset(rawValue: $0).flatMap(TRAILS.nkTradeoffPath) }.map { DataInput($0) }
    }

    /// The recomputed variant reads our benchmark.
    public static var upstream: [String] { ["trails/benchmark"] }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let released = try runReleased(config: config, context: context)
        let recomputed = try runRecomputed(config: config, context: context)
        return RunResult(numbers: released.numbers.merging(recomputed.numbers) { a, _ in a }, notes: released.notes + recomputed.notes)
    }
}
