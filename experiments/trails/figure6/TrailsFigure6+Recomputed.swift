import Foundation
import Harness
import Plotting
import Selection
import TabularStore

/// TRAILS Figure 6 recomputed: two-phase (JacFlow rank fusion + SH), filtering only and
/// regularized evolution with full training, simulated over our benchmark (`trails/benchmark`)
/// with its measured t1 (NASWOT + SynFlow seconds per model) and t2 (seconds per epoch).
public enum TrailsFigure6Recomputed: Experiment {
    /// Settings of the recomputed variant.
    public struct Config: ExperimentConfig {
        /// Datasets of the recomputed variant (our benchmark, `trails/benchmark`).
        public var datasets: [String]
        /// N/K of the recomputed two-phase runs (TRAILS: 100).
        public var ratio: Int
        /// Runs per budget in the recomputed variant.
        public var runs: Int
        /// Log-spaced budgets, from scoring one model to training the whole benchmark.
        public var budgets: Int
        /// Seed of the recomputed runs.
        public var seed: UInt64
    }

    public static let info = ExperimentInfo(
        id: "trails/figure6/recomputed", title: "Anytime model selection on our benchmark",
        reproduces: "Figure 6", order: 6,
        note: "Recomputed variant: 2Phase-MS, training-free and training-based (regularized evolution) selection simulated over our own benchmark (trails/benchmark) with t1 and t2 measured on this machine.",
        deterministic: false /* simulates selection on training times measured on this machine */)

    /// N/K of at least one; 1 to 10,000 runs at each of 1 to 1,000 budgets, so the simulated
    /// runs (runs × budgets) stay within memory.
    public static var configRanges: [String: ClosedRange<Double>] {
        ["ratio": ConfigCoding.atLeastOne, "runs": 1...10_000, "budgets": 1...1_000]
    }

    /// The figure and its numbers are per dataset of our benchmark.
    public static var nonEmptyKeys: Set<String> { ["datasets"] }

    /// Every dataset is one our benchmark builds, checked before anything runs.
    public static func validate(_ config: Config) throws { _ = try BenchmarkDataset.named(config.datasets) }

    public static func defaultConfig(for scale: Scale) -> Config {
        Config(datasets: ["frappe", "uci_diabetes"], ratio: scale == .smoke ? 4 : 100,
               runs: scale == .smoke ? 5 : 50, budgets: 20, seed: 6)
    }

    /// Reads our benchmark.
    public static var upstream: [String] { ["trails/benchmark"] }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        try TrailsFigure6.runRecomputed(config: config, context: context)
    }
}

extension TrailsFigure6 {
    /// The recomputed variant's computation.
    static func runRecomputed(config: TrailsFigure6Recomputed.Config, context: RunContext) throws -> RunResult {
        var numbers: [String: Double] = [:]
        var notes: [String] = []
        var figure = Figure(rows: 1, columns: config.datasets.count, size: .inches(3 * Double(config.datasets.count), 3))
        figure.legend = .top
        for (index, name) in config.datasets.enumerated() {
            let store = try BenchmarkStore(readingFrom: context.upstreamArtifact(of: "trails/benchmark", named: try BenchmarkDataset.named(name).storeFileName).path)
            let benchmark = try store.benchmark()
            let truth = try store.groundTruthEpoch(of: benchmark)
            let sim = AnytimeSimulation(measuredOn: benchmark, budgetCount: config.budgets, runs: config.runs,
                                        ratio: config.ratio, groundTruthEpoch: truth, seed: config.seed)
            let t1 = sim.scoringSeconds, t2 = sim.epochSeconds, budgets = sim.budgets
            let score = try benchmark.jacFlowRankFusion()
            let curves: [(String, BudgetCurve)] = [
                ("Training-Based MS", BudgetCurve(budgets: budgets, values: try sim.trainingBased(benchmark))),
                ("Training-Free MS", BudgetCurve(budgets: budgets, values: sim.trainingFree(benchmark, score: score))),
                ("2Phase-MS", BudgetCurve(budgets: budgets, values: try sim.twoPhase(benchmark, score: score))),
            ]
            var plot = Plotting.Panel(title: "\(name) (ours, \(benchmark.count) archs)", xLabel: "Response Time Threshold T_max (min)",
                                      yLabel: "AUC on \(name)", x: Axis(scale: .log10), legend: .none)
            for (label, curve) in curves {
                let style = style(label)
                let minutes = curve.budgets.map { $0 / 60 }
                plot.add(BandSeries(x: minutes, lower: curve.lower, upper: curve.upper, color: style.color, opacity: 0.15))
                plot.add(LineSeries(x: minutes, y: curve.median, label: label, color: style.color, dash: style.dash, marker: style.marker))
            }
            let best = benchmark.bestAUC(atEpoch: truth)
            plot.add(ReferenceLine(.horizontal(y: best), label: "Global Best AUC", color: Color(hex: 0xD62728), dash: .solid))
            figure.panels[index] = plot
            let speedup = curves[2].1.speedup(over: curves[0].1)
            numbers["recomputed.\(name).two_phase.final_median"] = curves[2].1.finalMedian
            numbers["recomputed.\(name).training_free.final_median"] = curves[1].1.finalMedian
            numbers["recomputed.\(name).training_based.final_median"] = curves[0].1.finalMedian
            numbers["recomputed.\(name).global_best"] = best
            numbers["recomputed.\(name).speedup_x"] = speedup.isNaN ? 0 : speedup
            numbers["recomputed.\(name).t1_seconds"] = t1
            numbers["recomputed.\(name).log10_t1_seconds"] = log10(t1)
            numbers["recomputed.\(name).t2_seconds"] = t2
            notes.append("Recomputed \(name): \(benchmark.count) architectures, N/K = \(config.ratio) (so K ≤ \(benchmark.count / config.ratio)), t1 = \(String(format: "%.4f", t1)) s, t2 = \(String(format: "%.2f", t2)) s measured; training-based = regularized evolution over our sample (mutation moves to the nearest trained architecture), each model trained all \(benchmark.epochs) epochs\(speedup.isNaN ? "; the speed-up is undefined at this scale (reported as 0)" : "").")
        }
        _ = try figure.write(to: context.output("figure6-recomputed"))
        return RunResult(numbers: numbers, notes: notes)
    }
}
