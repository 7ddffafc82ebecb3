import Datasets
import Foundation
import Harness
import Inlining
import Plotting
import Tables

/// Speed-up of every learned inlining policy (compiler plugin) per benchmark, with regret
/// against the best configuration explored during data generation.
public enum OCamlInliningPolicyTable: Experiment {
    /// Which plugins get a column in the summary table.
    public struct Config: ScaleFreeConfig {
        /// Plugin suffixes (after `plugin_v1_neural_network_`) shown in the table; the heatmap has all.
        public var models = ["lasso_star", "lasso_general", "lasso_hand", "lasso_moe", "ridge_star_0.0005",
                             "ridge_general_0.0005", "ridge_hand_0.0005", "ridge_moe"]
        /// Colour range of the heatmap (percent).
        public var colourRange = [-20.0, 60.0]

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "ocaml-inlining/policy-table", title: "Learned policies: speed-up and regret per benchmark",
        reproduces: "print_exec_stats_table.py <plugin>; plugins-results plots", order: 3,
        note: "Group plugins-valid. Speed-up = (baseline − geomean(plugin runs)) / baseline, baseline = min(geomean of the "
            + "initial runs in pca-data, geomean of plugin_nothing). Regret = best explored speed-up − policy speed-up.")

    public static func inputs(for config: Config) -> [DataInput] {
        [OCamlInlining.benchmarkTimesPath, OCamlInlining.stepTimesPath, OCamlInlining.explorationTimesPath].map { DataInput($0) }
    }

    static let prefix = "plugin_v1_neural_network_"

    /// The colour range is `[low, high]` with low < high.
    public static func validate(_ config: Config) throws { _ = try colourBounds(config) }

    /// The ends of the heatmap's colour range.
    static func colourBounds(_ config: Config) throws -> (low: Double, high: Double) {
        guard config.colourRange.count == 2, let low = config.colourRange.first, let high = config.colourRange.last,
              low < high else {
            throw HarnessError.badOverride("colourRange \(config.colourRange): give [low, high] with low < high")
        }
        return (low, high)
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let results = try OCamlInlining.loadBenchmarkResults(from: context.input(OCamlInlining.benchmarkTimesPath))
            .filter { $0.group == "plugins-valid" }
        let steps = try OCamlInlining.StepTime.load(from: context.input(OCamlInlining.stepTimesPath))
        let exploration = try OCamlInlining.loadExplorationTimes(from: context.input(OCamlInlining.explorationTimesPath))
        var initial: [String: [Double]] = [:]
        for step in steps where step.stepPath.hasPrefix("initial") { initial[step.benchmark, default: []].append(step.seconds) }
        var runs: [String: [String: [Double]]] = [:]
        for result in results { runs[result.benchmark, default: [:]][result.config, default: []] += result.allTimes }
        let training = Set(exploration[.all]?.initialExecTimes.keys.map { $0 } ?? [])
        let benches = runs.keys.sorted { (training.contains($0) ? 0 : 1, $0) < (training.contains($1) ? 0 : 1, $1) }
        let plugins = Set(runs.values.flatMap(\.keys)).filter { $0.hasPrefix(prefix) }.sorted()
        let released = plugins.map { String($0.dropFirst(prefix.count)) }
        for model in config.models where !released.contains(model) {
            throw HarnessError.badOverride("models: '\(model)' is no plugin of the plugins-valid runs; expected one of \(released.joined(separator: ", "))")
        }
        var numbers: [String: Double] = [:]
        var speedups: [[Double]] = []
        var table = Tables.Table(title: "Speed-up (%) of learned policies over the baseline compiler",
                                 columns: [Column("Benchmark"), Column("Best explored", unit: "%", format: .fixed(digits: 2))]
                                    + config.models.map { Column($0, unit: "%", format: .fixed(digits: 2), highlight: .max) })
        var regrets: [String: [Double]] = [:]
        for bench in benches {
            let nothing = runs[bench]?["plugin_nothing"] ?? []
            var best = Double.nan
            if let all = exploration[.all],
               let original = (exploration[.simulatedAnnealing]?.initialExecTimes[bench] ?? all.initialExecTimes[bench])?.min() {
                let fastest = min(exploration[.simulatedAnnealing]?.execTimes[bench]?.min() ?? .infinity,
                                  exploration[.randomWalk]?.execTimes[bench]?.min() ?? .infinity)
                best = Speedup.percent(baseline: original, time: fastest)
                numbers["\(bench).best_explored_pct"] = best
            }
            var row: [Double] = []
            for plugin in plugins {
                guard let times = runs[bench]?[plugin], !times.isEmpty else { row.append(.nan); continue }
                let pct = Speedup.policyPercent(runs: times, initialRuns: initial[bench] ?? [], nothingRuns: nothing)
                row.append(pct)
                let model = String(plugin.dropFirst(prefix.count))
                numbers["\(bench).\(model)"] = pct
                if best.isFinite { regrets[model, default: []].append(best - pct) }
            }
            speedups.append(row)
            let cells: [Cell] = config.models.map { model in
                numbers["\(bench).\(model)"].map { Cell.number($0) } ?? .empty
            }
            table.addRow([.text(bench), best.isFinite ? .number(best) : .empty] + cells,
                         group: training.contains(bench) ? "Training benchmarks" : "Test benchmarks")
        }
        numbers.merge(modelSpread(numbers, models: config.models)) { first, _ in first }
        for (model, values) in regrets where !values.isEmpty {
            numbers["regret_mean.\(model)"] = values.reduce(0, +) / Double(values.count)
        }
        try table.write(to: context.output("policy-speedups"))
        let (low, high) = try colourBounds(config)
        let heat = Heatmap(values: speedups.map { $0.map { $0.isFinite ? min(max($0, low), high) : .nan } },
                           columnLabels: plugins.map { String($0.dropFirst(prefix.count)) }, rowLabels: benches,
                           colormap: .viridis, range: low...high, colorbarLabel: "speed-up (%), clipped")
        var panel = Panel(title: "plugins-valid: speed-up over the baseline compiler")
        panel.add(heat)
        let figure = Figure(size: .inches(6.75, 6.4), panel: panel)
        _ = try figure.write(to: context.output("policy-heatmap"))
        var regretTable = Tables.Table(title: "Mean regret on the training benchmarks (percentage points)", columns: [
            Column("Model"), Column("Mean regret", unit: "pp", format: .fixed(digits: 2), highlight: .min)])
        for model in regrets.keys.sorted() { regretTable.addRow([.text(model), .number(numbers["regret_mean.\(model)"] ?? .nan)]) }
        try regretTable.write(to: context.output("policy-regret"))
        return RunResult(numbers: numbers, notes: [
            "Training benchmarks have exploration data, so regret is defined for them only; test benchmarks show speed-up only.",
            "Test benchmarks without pca-data initial runs use plugin_nothing alone as the baseline.",
        ])
    }

    /// Claims about many models at once, computed over every model of the summary table
    /// (not one cell): lens's lowest and highest speed-up over every model except
    /// lasso_hand, and the fraction of models whose fyq-rev-list speed-up rounds to the
    /// same whole percent as the median model's (the notes print it to a whole percent).
    static func modelSpread(_ numbers: [String: Double], models: [String]) -> [String: Double] {
        var spread: [String: Double] = [:]
        let lens = models.filter { $0 != "lasso_hand" }.compactMap { numbers["lens.\($0)"] }.filter(\.isFinite)
        if let low = lens.min(), let high = lens.max() {
            spread["lens.min_except_lasso_hand"] = low
            spread["lens.max_except_lasso_hand"] = high
            spread["lens.models_except_lasso_hand"] = Double(lens.count)
        }
        let rev = models.compactMap { numbers["fyq-rev-list.\($0)"] }.filter(\.isFinite).sorted()
        if !rev.isEmpty {
            let median = rev.count % 2 == 1 ? rev[rev.count / 2] : (rev[rev.count / 2 - 1] + rev[rev.count / 2]) / 2
            spread["fyq-rev-list.median_over_models"] = median
            spread["fyq-rev-list.fraction_at_median_percent"] =
                Double(rev.filter { $0.rounded() == median.rounded() }.count) / Double(rev.count)
            spread["fyq-rev-list.models"] = Double(rev.count)
        }
        return spread
    }
}
