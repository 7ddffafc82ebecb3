import Datasets
import Foundation
import Harness
import Plotting
import Search
import Selection
import TabularStore

/// TRAILS Figure 9 recomputed: SH / SR / UNIFORM refining K candidates of our own benchmark
/// (`trails/benchmark`), timed with our measured seconds per epoch.
public enum TrailsFigure9Recomputed: Experiment {
    /// Settings of the recomputed variant.
    public struct Config: ExperimentConfig {
        /// Datasets of the recomputed variant (our benchmark, `trails/benchmark`).
        public var datasets: [String]
        /// K, candidates refined in the recomputed variant (capped at the benchmark size; paper: 400).
        public var candidates: Int
        /// Candidate sets (runs) per budget in the recomputed variant (paper: 100).
        public var runs: Int
        /// Log-spaced budgets in the recomputed variant, from one epoch to K² × E epochs.
        public var budgets: Int
        /// A curve has plateaued once its median is within this of its final median.
        public var plateauTolerance: Double
        /// Seed of the recomputed candidate sets.
        public var seed: UInt64
    }

    public static let info = ExperimentInfo(
        id: "trails/figure9/recomputed", title: "Refinement micro-benchmark on our benchmark: UNIFORM vs SR vs SH",
        reproduces: "Figure 9", order: 9,
        note: "Recomputed variant: SH, SR and UNIFORM refine K candidates of our own benchmark (trails/benchmark), charged with the seconds per epoch measured on this machine.",
        deterministic: false /* charges training times measured on this machine */)

    /// At least one candidate; 1 to 10,000 candidate sets at each of 1 to 1,000 budgets, so the
    /// simulated runs (runs × budgets) stay within memory.
    public static var configRanges: [String: ClosedRange<Double>] {
        ["candidates": ConfigCoding.atLeastOne, "runs": 1...10_000, "budgets": 1...1_000]
    }

    /// The figure and its numbers are per dataset of our benchmark.
    public static var nonEmptyKeys: Set<String> { ["datasets"] }

    /// Every dataset is one our benchmark builds, checked before anything runs.
    public static func validate(_ config: Config) throws { _ = try BenchmarkDataset.named(config.datasets) }

    public static func defaultConfig(for scale: Scale) -> Config {
        Config(datasets: ["frappe", "uci_diabetes"], candidates: scale == .smoke ? 12 : 100,
               runs: scale == .smoke ? 10 : 100, budgets: 16, plateauTolerance: 0.001,
               seed: 9)
    }

    /// Reads our benchmark.
    public static var upstream: [String] { ["trails/benchmark"] }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        try TrailsFigure9.runRecomputed(config: config, context: context)
    }
}

extension TrailsFigure9 {
    /// The recomputed variant's computation.
    static func runRecomputed(config: TrailsFigure9Recomputed.Config, context: RunContext) throws -> RunResult {
        var numbers: [String: Double] = [:]
        var figure = Figure(rows: 1, columns: config.datasets.count, size: .inches(2.9 * Double(config.datasets.count), 2.9))
        figure.legend = .top
        var notes: [String] = []
        for (index, name) in config.datasets.enumerated() {
            let store = try BenchmarkStore(readingFrom: context.upstreamArtifact(of: "trails/benchmark", named: try BenchmarkDataset.named(name).storeFileName).path)
            let benchmark = try store.benchmark()
            let truth = try store.groundTruthEpoch(of: benchmark)
            let t2 = benchmark.meanEpochSeconds
            let k = min(config.candidates, benchmark.count)
            let budgets = Benchmark.logBudgets(from: t2, to: Double(k * k * benchmark.epochs) * t2, count: config.budgets)
            let sim = RefinementSimulation(candidates: k, runs: config.runs, budgets: budgets, secondsPerEpoch: t2,
                                           groundTruthEpoch: truth, seed: config.seed)
            let methods: [(String, any FidelityAllocator, TRAILS.RefinementMethod)] = [
                ("uniform", UniformAllocation(maxFidelity: benchmark.epochs), .uniform),
                ("sr", SuccessiveRejects(maxFidelity: benchmark.epochs), .successiveRejects),
                ("sh", SuccessiveHalving.trails(maxFidelity: benchmark.epochs), .successiveHalving),
            ]
            var plot = Plotting.Panel(title: "\(name) (ours, K = \(k))", xLabel: "Time Budget T (min)",
                                      yLabel: "AUC on \(name)", x: Axis(scale: .log10), legend: .none)
            var plateau: [String: Double] = [:]
            var firstFeasible: [String: Double] = [:]
            for (key, allocator, method) in methods {
                let curve = BudgetCurve(budgets: budgets, values: try simulate(allocator, sim, benchmark))
                let style = style(method)
                let minutes = curve.budgets.map { $0 / 60 }
                plot.add(BandSeries(x: minutes, lower: curve.lower, upper: curve.upper, color: style.color, opacity: 0.15))
                plot.add(LineSeries(x: minutes, y: curve.mean, label: method.displayName, color: style.color, dash: style.dash, marker: style.marker))
                let p = "recomputed.\(name).\(key)"
                numbers["\(p).final_median"] = curve.finalMedian
                numbers["\(p).log10_first_feasible_min"] = log10((curve.firstFeasible ?? .nan) / 60)
                firstFeasible[key] = curve.firstFeasible ?? .infinity
                plateau[key] = curve.budgetReaching(curve.finalMedian - config.plateauTolerance) ?? .nan
                numbers["\(p).log10_plateau_min"] = log10(plateau[key, default: .nan] / 60)
            }
            let sh = plateau["sh", default: .nan], uni = plateau["uniform", default: .nan], sr = plateau["sr", default: .nan]
            numbers["recomputed.\(name).order_sh_uniform_sr"] = sh <= uni && uni <= sr ? 1 : 0
            numbers["recomputed.\(name).uniform_vs_sh.log10_delay"] = log10(uni / sh)
            // The draft figure's order of first feasible budgets: UNIFORM, then SH, then SR.
            let (fu, fsh, fsr) = (firstFeasible["uniform", default: .infinity], firstFeasible["sh", default: .infinity], firstFeasible["sr", default: .infinity])
            numbers["recomputed.\(name).feasibility_order_uniform_sh_sr"] = fu < fsh && fsh < fsr ? 1 : 0
            numbers["recomputed.\(name).candidates"] = Double(k)
            numbers["recomputed.\(name).seconds_per_epoch"] = t2
            figure.panels[index] = plot
            notes.append("Recomputed \(name): K = \(k) of our \(benchmark.count) architectures, \(config.runs) runs, t2 = \(String(format: "%.2f", t2)) s/epoch measured on this machine, ground truth at epoch \(truth); plateau = first budget whose median is within \(config.plateauTolerance) of its final median.")
        }
        _ = try figure.write(to: context.output("figure9-recomputed"))
        return RunResult(numbers: numbers, notes: notes)
    }

    private static func simulate(_ allocator: any FidelityAllocator, _ sim: RefinementSimulation, _ benchmark: Benchmark) throws -> [[Double?]] {
        try sim.run(allocator, on: benchmark)
    }
}
