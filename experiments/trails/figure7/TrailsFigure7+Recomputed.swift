import Datasets
import Foundation
import Harness
import Plotting
import Selection
import Tables
import TabularStore

/// TRAILS Figure 7 recomputed: the same costs from our benchmark's t1 and t2 (`trails/benchmark`),
/// and the training time TRAILS saves against regularized evolution.
public enum TrailsFigure7Recomputed: Experiment {
    /// Settings of the recomputed variant.
    public struct Config: ExperimentConfig {
        /// Datasets of the recomputed variant (our benchmark, `trails/benchmark`).
        public var datasets: [String]
        /// N/K of the recomputed two-phase runs (TRAILS: 100).
        public var ratio: Int
        /// Runs per budget in the recomputed simulation.
        public var runs: Int
        /// Log-spaced budgets, from scoring one model to training the whole benchmark (dense, so
        /// the time to reach an AUC is read to within a small factor).
        public var budgets: Int
        /// Seed of the recomputed runs.
        public var seed: UInt64
    }

    public static let info = ExperimentInfo(
        id: "trails/figure7/recomputed", title: "Cost efficiency on our benchmark",
        reproduces: "Figure 7", order: 7,
        note: "Recomputed variant: the costs of Figure 7(a)'s setting from our benchmark's t1 and t2 measured on this CPU-only machine (no GPU, so no GPU or hybrid placement), and the training time TRAILS saves against regularized evolution, simulated over our 300 architectures.",
        deterministic: false /* uses training times measured on this machine */)

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
        Config(datasets: ["frappe", "uci_diabetes"],
               ratio: scale == .smoke ? 4 : 100, runs: scale == .smoke ? 5 : 50,
               budgets: scale == .smoke ? 20 : 60, seed: 7)
    }

    /// The paper's setting (N, K, U) comes from the script constants.
    public static func inputs(for config: Config) -> [DataInput] { [DataInput(TRAILS.scriptConstantsPath)] }

    /// Reads our benchmark.
    public static var upstream: [String] { ["trails/benchmark"] }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        try TrailsFigure7.runRecomputed(config: config, context: context)
    }
}

extension TrailsFigure7 {
    /// One dataset of the recomputed variant.
    struct RecomputedRow {
        var name: String
        var latency: (filtering: Double, refinement: Double)
        var cost: SelectionCost?
    }

    /// The recomputed variant: (a) Figure 7(a)'s setting costed with our CPU-measured t1 and t2;
    /// (b) the training seconds training-based selection needs to reach the AUC TRAILS reaches,
    /// over TRAILS's own training (refinement) seconds, simulated over our benchmark.
    static func runRecomputed(config: TrailsFigure7Recomputed.Config, context: RunContext) throws -> RunResult {
        let setting = try TRAILS.ScriptConstants.load(try context.input(TRAILS.scriptConstantsPath)).placement
        var numbers: [String: Double] = [:]
        var notes: [String] = []
        var rows: [RecomputedRow] = []
        for name in config.datasets {
            let store = try BenchmarkStore(readingFrom: context.upstreamArtifact(of: "trails/benchmark", named: try BenchmarkDataset.named(name).storeFileName).path)
            let benchmark = try store.benchmark()
            let sim = AnytimeSimulation(measuredOn: benchmark, budgetCount: config.budgets, runs: config.runs, ratio: config.ratio,
                                        groundTruthEpoch: try store.groundTruthEpoch(of: benchmark), seed: config.seed)
            let t1 = sim.scoringSeconds, t2 = sim.epochSeconds, budgets = sim.budgets
            let latency = sim.predictedLatency(scored: setting.N, kept: setting.K, minimumFidelity: setting.U, maxEpochs: benchmark.epochs)
            let twoPhase = BudgetCurve(budgets: budgets, values: try sim.twoPhase(benchmark, score: try benchmark.jacFlowRankFusion()))
            let based = BudgetCurve(budgets: budgets, values: try sim.trainingBased(benchmark))
            let cost = sim.selectionCost(benchmark, twoPhase: twoPhase, trainingBased: based)
            rows.append(RecomputedRow(name: name, latency: latency, cost: cost))
            record(name: name, t1: t1, t2: t2, latency: latency, cost: cost, into: &numbers)
            notes.append(costNote(name: name, count: benchmark.count, epochs: benchmark.epochs, t1: t1, t2: t2, setting: setting, cost: cost))
        }
        try recomputedTable(rows).write(to: context.output("figure7-recomputed"), formats: [.csv, .markdown])
        for warning in try recomputedFigure(rows).write(to: context.output("figure7-recomputed"), formats: [.pdf, .svg, .png]) {
            context.logger.warning("figure7-recomputed: \(warning)")
        }
        notes.append("(a) latency = N·t1 + SH_epochs(K, U)·t2 (our successive halving: η = 3, ⌊n/3⌋ survivors) with N = \(setting.N), K = \(setting.K), U = \(setting.U), all on this machine's CPU; there is no GPU here, so TRAILS-GPU and the hybrid placement are not measured.")
        notes.append("(b) the target is the AUC the training-based (regularized evolution, every model trained all E epochs) median curve ends at; each method's time is the first of \(config.budgets) log-spaced budgets at which its median over \(config.runs) runs reaches it; TRAILS's training time is the refinement part of the coordinator's plan (N/K = \(config.ratio)) at the first budget where a plan that refines (K ≥ 2) has its median at the target.")
        return RunResult(numbers: numbers, notes: notes)
    }

    static func record(name: String, t1: Double, t2: Double, latency: (filtering: Double, refinement: Double), cost: SelectionCost?,
                       into numbers: inout [String: Double]) {
        let p = "recomputed.\(name)"
        let total = latency.filtering + latency.refinement
        numbers["\(p).t1_seconds"] = t1
        numbers["\(p).t2_seconds"] = t2
        numbers["\(p).latency.cpu_s"] = total
        numbers["\(p).latency.log10_cpu_s"] = total > 0 ? log10(total) : 0
        numbers["\(p).latency.filtering_s"] = latency.filtering
        numbers["\(p).latency.refinement_s"] = latency.refinement
        let saved = cost?.trainingTimeSaved ?? .nan
        let speedup = cost?.endToEndSpeedup ?? .nan
        numbers["\(p).target_auc"] = cost?.targetAUC ?? 0
        numbers["\(p).training_time.training_based_s"] = cost?.trainingBasedSeconds ?? 0
        numbers["\(p).training_time.trails_s"] = cost?.refinementSeconds ?? 0
        numbers["\(p).trails.end_to_end_s"] = cost?.twoPhaseBudget ?? 0
        numbers["\(p).trails.refining_budget_s"] = cost?.refiningBudget ?? 0
        numbers["\(p).training_time_saved_x"] = saved.isFinite ? saved : 0
        numbers["\(p).log10_training_time_saved_x"] = saved.isFinite && saved > 0 ? log10(saved) : 0
        numbers["\(p).end_to_end_speedup_x"] = speedup.isFinite ? speedup : 0
        numbers["\(p).plan.scored"] = Double(cost?.scored ?? 0)
        numbers["\(p).plan.kept"] = Double(cost?.kept ?? 0)
        numbers["\(p).plan.minimum_fidelity"] = Double(cost?.minimumFidelity ?? 0)
    }

    static func costNote(name: String, count: Int, epochs: Int, t1: Double, t2: Double,
                         setting: TRAILS.ScriptConstants.Placement, cost: SelectionCost?) -> String {
        let head = "Recomputed \(name): \(count) architectures × \(epochs) epochs, t1 = \(formatNumber(t1)) s (NASWOT + SynFlow), t2 = \(formatNumber(t2)) s per epoch, both measured on this CPU"
        guard let cost else {
            return head + "; one of the two curves never reaches the other's final AUC at this scale, so the time saved is undefined (reported as 0)."
        }
        let reach = "both reach AUC \(formatNumber(cost.targetAUC)): training-based after \(formatNumber(cost.trainingBasedSeconds)) s of training, TRAILS end to end at a \(formatNumber(cost.twoPhaseBudget)) s budget (\(formatNumber(cost.endToEndSpeedup))× sooner)"
        guard let refining = cost.refiningBudget else {
            return head + "; " + reach + "; no refining plan (K ≥ 2) reaches it, so the training time saved is undefined (reported as 0)."
        }
        return head + "; " + reach + "; the first refining plan that reaches it is at \(formatNumber(refining)) s: N = \(cost.scored), K = \(cost.kept), U = \(cost.minimumFidelity) (\(formatNumber(cost.filteringSeconds)) s filtering + \(formatNumber(cost.refinementSeconds)) s training), training time saved \(formatNumber(cost.trainingTimeSaved))×."
    }

    static func recomputedTable(_ rows: [RecomputedRow]) -> Table {
        var table = Table(
            title: "TRAILS Figure 7 (recomputed on this CPU): latency of N = 1500, K = 10, U = 1 and training time against training-based MS",
            columns: [Column("Dataset"), Column("Filtering", unit: "s", format: .fixed(digits: 1)),
                      Column("Refinement", unit: "s", format: .fixed(digits: 1)), Column("TRAILS-CPU", unit: "s", format: .fixed(digits: 1)),
                      Column("Target AUC", format: .fixed(digits: 4)), Column("Training-Based MS training", unit: "s", format: .fixed(digits: 0)),
                      Column("TRAILS training", unit: "s", format: .fixed(digits: 1)), Column("Training time saved", unit: "×", format: .fixed(digits: 2))],
            identifier: "trails-figure7-recomputed")
        for row in rows {
            let c = row.cost
            table.addRow([.text(row.name), .number(row.latency.filtering), .number(row.latency.refinement),
                          .number(row.latency.filtering + row.latency.refinement), .number(c?.targetAUC ?? .nan),
                          .number(c?.trainingBasedSeconds ?? .nan), .number(c?.refinementSeconds ?? .nan), .number(c?.trainingTimeSaved ?? .nan)])
        }
        return table
    }
}
