import Foundation
import Harness
import Plotting
import Selection
import Tables
import TabularStore

/// TRAILS N/K trade-off recomputed: the coordinator's two-phase plans over our benchmark
/// (`trails/benchmark`) for every N/K and budget.
public enum TrailsNKTradeoffRecomputed: Experiment {
    /// Settings of the recomputed variant.
    public struct Config: ExperimentConfig {
        /// Datasets of the recomputed variant (our benchmark, `trails/benchmark`).
        public var datasets: [String]
        /// N/K values swept in the recomputed variant.
        public var ratios: [Int]
        /// The N/K whose largest uncapped plan sets the reference budget T (TRAILS: 100).
        public var referenceRatio: Int
        /// Budgets as multiples of T (the paper's 4, 8, 16, 32 min double too).
        public var budgetMultiples: [Double]
        /// Runs per ratio and budget.
        public var runs: Int
        /// Seed of the runs.
        public var seed: UInt64
    }

    public static let info = ExperimentInfo(
        id: "trails/nk-tradeoff/recomputed", title: "N/K trade-off of the two phases on our benchmark",
        reproduces: "N/K micro-benchmark", order: 11,
        note: "Recomputed variant: the coordinator's plans over our 300-architecture benchmark; since N ≤ 300, the budgets are T, 2T, 4T and 8T with T the budget at which N/K = 100 plans exactly K = 3, N = 300, U = 1; above T the largest ratios are capped by the sample size.",
        deterministic: false /* the budgets come from training times measured on this machine */)

    /// The figure is datasets × N/K ratios × budgets.
    public static var nonEmptyKeys: Set<String> { ["datasets", "ratios", "budgetMultiples"] }

    /// Every dataset is one our benchmark builds, checked before anything runs.
    public static func validate(_ config: Config) throws { _ = try BenchmarkDataset.named(config.datasets) }

    /// 1 to 10,000 runs per setting, so the simulated runs stay within memory.
    public static var configRanges: [String: ClosedRange<Double>] { ["runs": 1...10_000] }

    public static func defaultConfig(for scale: Scale) -> Config {
        Config(datasets: ["frappe", "uci_diabetes"], ratios: (0...8).map { 1 << $0 },
               referenceRatio: scale == .smoke ? 8 : 100, budgetMultiples: [1, 2, 4, 8],
               runs: scale == .smoke ? 5 : 100, seed: 11)
    }

    /// Reads our benchmark.
    public static var upstream: [String] { ["trails/benchmark"] }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        try TrailsNKTradeoff.runRecomputed(config: config, context: context)
    }
}

extension TrailsNKTradeoff {
    /// The recomputed variant: for every N/K and budget, the coordinator's two-phase plan over our
    /// benchmark (JacFlow rank fusion, then successive halving), mean selected AUC over the runs.
    static func runRecomputed(config: TrailsNKTradeoffRecomputed.Config, context: RunContext) throws -> RunResult {
        var numbers: [String: Double] = [:]
        var notes: [String] = []
        var panels: [(name: String, count: Int, points: [RatioPoint])] = []
        for name in config.datasets {
            let store = try BenchmarkStore(readingFrom: context.upstreamArtifact(of: "trails/benchmark", named: try BenchmarkDataset.named(name).storeFileName).path)
            let benchmark = try store.benchmark()
            var sim = AnytimeSimulation(measuredOn: benchmark, runs: config.runs,
                                        groundTruthEpoch: try store.groundTruthEpoch(of: benchmark), seed: config.seed)
            let reference = sim.uncappedBudget(benchmark, ratio: config.referenceRatio)
            sim.budgets = config.budgetMultiples.map { $0 * reference }
            let points = try sim.ratioTradeoff(benchmark, score: try benchmark.jacFlowRankFusion(), ratios: config.ratios)
            panels.append((name, benchmark.count, points))
            let p = "recomputed.\(name)"
            let overall = RatioTradeoff.bestRatio(points) ?? 0
            numbers["\(p).best_ratio"] = Double(overall)
            numbers["\(p).log10_best_ratio"] = overall > 0 ? log10(Double(overall)) : 0
            let atReference = RatioTradeoff.bestRatio(points, atBudget: reference) ?? 0
            numbers["\(p).reference_budget.best_ratio"] = Double(atReference)
            numbers["\(p).reference_budget.log10_best_ratio"] = atReference > 0 ? log10(Double(atReference)) : 0
            numbers["\(p).reference_budget_s"] = reference
            numbers["\(p).capped_points"] = Double(points.filter(\.isCapped).count)
            for (index, budget) in sim.budgets.enumerated() {
                numbers["\(p).budget\(index + 1).best_ratio"] = Double(RatioTradeoff.bestRatio(points, atBudget: budget) ?? 0)
                let at = points.filter { $0.budget == budget && !$0.mean.isNaN }
                if let first = at.first, at.allSatisfy({ $0.mean == first.mean }) {
                    notes.append("Recomputed \(name) at \(formatNumber(budget)) s: every N/K selects the same models (mean \(formatNumber(first.mean))), so its best N/K is a tie reported as the smallest.")
                }
            }
            let plan = sim.plannedSize(benchmark, ratio: config.referenceRatio, seconds: reference)
            notes.append("Recomputed \(name): \(benchmark.count) architectures, t1 = \(formatNumber(sim.scoringSeconds)) s, t2 = \(formatNumber(sim.epochSeconds)) s; T = \(formatNumber(reference)) s, where N/K = \(config.referenceRatio) plans N = \(plan?.scored ?? 0), K = \(plan?.kept ?? 0); best N/K over the budgets \(overall), at T \(atReference); \(points.filter(\.isCapped).count) of \(points.count) plans are capped by the sample size (the table's Capped column).")
        }
        try table(panels).write(to: context.output("nk-tradeoff-recomputed"), formats: [.csv, .markdown])
        for warning in try recomputedFigure(panels).write(to: context.output("nk-tradeoff-recomputed"), formats: [.pdf, .svg, .png]) {
            context.logger.warning("nk-tradeoff-recomputed: \(warning)")
        }
        notes.append("Best N/K = the ratio with the highest mean AUC averaged over the budgets (ties: the smallest), as in the released variant. A capped plan is one whose N would exceed our sample without the cap.")
        return RunResult(numbers: numbers, notes: notes)
    }

    /// Every point: budget, N/K, plan, mean and median AUC, capped or not.
    static func table(_ panels: [(name: String, count: Int, points: [RatioPoint])]) -> Table {
        var table = Table(
            title: "TRAILS N/K trade-off (recomputed on our benchmark): mean selected-model AUC per N/K and budget",
            columns: [Column("Budget", unit: "s", format: .fixed(digits: 2)), Column("N/K", format: .integer),
                      Column("N", format: .integer), Column("K", format: .integer), Column("Capped"),
                      Column("Mean", format: .fixed(digits: 4)), Column("Median", format: .fixed(digits: 4))],
            identifier: "trails-nk-recomputed")
        for panel in panels {
            for point in panel.points.sorted(by: { ($0.budget, $0.ratio) < ($1.budget, $1.ratio) }) {
                table.addRow([.number(point.budget), .number(Double(point.ratio)), .number(Double(point.scored)),
                              .number(Double(point.kept)), .text(point.isCapped ? "yes" : "no"),
                              .number(point.mean), .number(point.median)],
                             group: "\(panel.name) (\(panel.count) architectures, AUC)")
            }
        }
        return table
    }
}
