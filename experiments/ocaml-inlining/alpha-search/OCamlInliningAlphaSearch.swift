import Datasets
import Foundation
import Harness
import Inlining
import Plotting
import Tables

/// The FYP's lasso reward-assignment α search logs (`lasso-logs/<bench>/<cfg>/search_log.csv`):
/// training and validation R² and the non-zero weights against α, per benchmark and problem
/// configuration, with the α of the best validation R² each log reaches.
public enum OCamlInliningAlphaSearch: Experiment {
    /// No settings: every released log is drawn and summarised.
    public struct Config: ScaleFreeConfig {
        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "ocaml-inlining/alpha-search", title: "Lasso α search of the reward assignment (released logs)",
        reproduces: "reward_assignment/data/lasso-logs/{bdd,lexifi}/<cfg>/search_log.csv", order: 7,
        note: "Each log is a sweep in which every α is half the one before, from a power of two that differs per "
            + "configuration ('lasso-factor-auto'), for a fixed number of steps whatever the validation R² does; there "
            + "is no bisection on (0, 1) in the logs, and they do not record which α was kept: 'best' here is the logged "
            + "step with the best validation R². Our engine (Inlining.AlphaSearch) also halves α, but from α = 1, stops "
            + "at the first step whose validation R² does not improve once a weight is non-zero, then narrows [α/2, 2α] "
            + "by ternary search. Only its stopping rule can be set against the logs: the 'halving rule' replays it on "
            + "the logged values from each log's first α (what it would have seen between α = 1 and there is not "
            + "logged). The fits cannot be re-run: the problem matrices were never published.")

    public static func inputs(for config: Config) -> [DataInput] { [DataInput(OCamlInlining.lassoLogsPath)] }

    /// One log with its parsed configuration and the steps the summary picks.
    struct Summary {
        var log: OCamlInlining.AlphaSearchLog
        /// Decay γ of the design matrix.
        var decay: Double
        /// Benefit function: `linear`, `log` or `tanh`.
        var benefit: String
        /// What the benefit is measured against: `baseline` or `mean`.
        var reference: String
        /// The step with the best validation R² (the first, on a tie).
        var selected: Int
        /// The step the engine's halving stop rule keeps, replayed on the logged values.
        var halvingRule: Int

        /// The key of this log's numbers, e.g. `bdd.decay0.4.linear_over_baseline`.
        var key: String { "\(log.benchmark).decay\(decay).\(benefit)_over_\(reference)" }
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let logs = try OCamlInlining.loadAlphaSearchLogs(from: context.input(OCamlInlining.lassoLogsPath))
        guard !logs.isEmpty else {
            throw HarnessError.malformedInput(path: OCamlInlining.lassoLogsPath, location: "file", reason: "no logs")
        }
        let summaries = try logs.enumerated().map { index, log in try summarise(log, line: index + 1) }
        var numbers: [String: Double] = [:]
        for summary in summaries {
            let steps = summary.log.steps
            let best = steps[summary.selected]
            let key = summary.key
            if numbers["\(key).selected_step"] != nil {
                throw HarnessError.malformedInput(path: OCamlInlining.lassoLogsPath, location: key,
                                                  reason: "two logs of the same benchmark and configuration")
            }
            numbers["\(key).selected_step"] = Double(summary.selected)
            numbers["\(key).selected_log2_alpha"] = log2(best.alpha).rounded()
            numbers["\(key).selected_validation_r2"] = best.validationRSquared
            numbers["\(key).selected_training_r2"] = best.rSquared
            numbers["\(key).selected_non_zero"] = Double(best.nonZero)
            numbers["\(key).start_log2_alpha"] = log2(steps[0].alpha).rounded()
            numbers["\(key).steps_after_best"] = Double(steps.count - 1 - summary.selected)
            numbers["\(key).halving_rule_step"] = Double(summary.halvingRule)
        }
        numbers.merge(aggregates(summaries)) { first, _ in first }
        try writeTable(summaries, context: context)
        try plot(summaries, context: context)
        return RunResult(numbers: numbers, notes: shapeNotes(numbers, benchmarks: Array(Set(logs.map(\.benchmark))).sorted()) + [
            "Validation R² is on the first 20 % of rows according to the notes on learn_lasso.py; the logs give no row counts.",
            "The over-baseline and over-mean targets give close but not identical curves; each has its own row of panels.",
        ])
    }

    /// Parses the configuration name and picks the best-validation step and the halving-rule step.
    static func summarise(_ log: OCamlInlining.AlphaSearchLog, line: Int) throws -> Summary {
        let pattern = #/^decay-([0-9.]+)-benefit-([a-z]+)_speedup_over_([a-z]+)-lasso-factor-auto$/#
        guard let match = log.config.wholeMatch(of: pattern), let decay = Double(match.1) else {
            throw HarnessError.malformedInput(
                path: OCamlInlining.lassoLogsPath, location: "line \(line) config",
                reason: "'\(log.config)' is not decay-<γ>-benefit-<f>_speedup_over_<ref>-lasso-factor-auto")
        }
        guard !log.steps.isEmpty else {
            throw HarnessError.malformedInput(path: OCamlInlining.lassoLogsPath, location: "line \(line) csv",
                                              reason: "no steps")
        }
        if let bad = log.steps.firstIndex(where: { $0.alpha <= 0 }) {
            throw HarnessError.malformedInput(path: OCamlInlining.lassoLogsPath, location: "line \(line) csv row \(bad + 1)",
                                              reason: "α \(log.steps[bad].alpha) is not positive")
        }
        let steps = log.steps
        var selected = 0
        for (index, step) in steps.enumerated() where step.validationRSquared > steps[selected].validationRSquared {
            selected = index
        }
        return Summary(log: log, decay: decay, benefit: String(match.2), reference: String(match.3),
                       selected: selected, halvingRule: halvingRuleStep(steps))
    }

    /// The step the halving phase of our engine's search keeps (`AlphaSearch.keptByHalving`),
    /// replayed on the logged values from the log's first α.
    static func halvingRuleStep(_ steps: [OCamlInlining.AlphaSearchStep]) -> Int {
        AlphaSearch.keptByHalving(steps.map { ($0.validationRSquared, $0.nonZero) }) ?? 0
    }

    /// Counts over all logs: sweep shape, where the best step falls, and the halving-rule replay.
    static func aggregates(_ summaries: [Summary]) -> [String: Double] {
        var numbers: [String: Double] = [:]
        let steps = summaries.map(\.log.steps)
        numbers["logs"] = Double(summaries.count)
        numbers["steps_min"] = Double(steps.map(\.count).min() ?? 0)
        numbers["steps_max"] = Double(steps.map(\.count).max() ?? 0)
        numbers["non_halving_steps"] = Double(steps.map { log in
            zip(log, log.dropFirst()).filter { abs($1.alpha / $0.alpha - 0.5) > 1e-9 }.count
        }.reduce(0, +))
        numbers["alphas_off_power_of_two"] = Double(steps.joined().filter { abs(log2($0.alpha) - log2($0.alpha).rounded()) > 1e-9 }.count)
        let starts = steps.compactMap { $0.first.map { log2($0.alpha).rounded() } }
        numbers["start_log2_alpha_min"] = starts.min() ?? .nan
        numbers["start_log2_alpha_max"] = starts.max() ?? .nan
        numbers["best_at_first_step"] = Double(summaries.filter { $0.selected == 0 }.count)
        numbers["best_at_last_step"] = Double(summaries.filter { $0.selected == $0.log.steps.count - 1 }.count)
        numbers["logs_continuing_past_best"] = Double(summaries.filter { $0.selected < $0.log.steps.count - 1 }.count)
        numbers["halving_rule_agrees"] = Double(summaries.filter { $0.halvingRule == $0.selected }.count)
        let selectedLog2 = summaries.map { log2($0.log.steps[$0.selected].alpha).rounded() }
        numbers["selected_log2_alpha_min"] = selectedLog2.min() ?? .nan
        numbers["selected_log2_alpha_max"] = selectedLog2.max() ?? .nan
        for benchmark in Set(summaries.map(\.log.benchmark)) {
            let mine = summaries.filter { $0.log.benchmark == benchmark }
            numbers["\(benchmark).logs"] = Double(mine.count)
            numbers["\(benchmark).halving_rule_agrees"] = Double(mine.filter { $0.halvingRule == $0.selected }.count)
            numbers["\(benchmark).best_validation_r2"] =
                mine.map { $0.log.steps[$0.selected].validationRSquared }.max() ?? .nan
        }
        return numbers
    }

    /// What the logs show, in words, from the aggregate numbers.
    static func shapeNotes(_ numbers: [String: Double], benchmarks: [String]) -> [String] {
        func count(_ key: String) -> String {
            guard let value = numbers[key], value.isFinite else { return "?" }
            return String(Int(value))
        }
        let steps = count("steps_min") == count("steps_max") ? "exactly \(count("steps_min"))" : "\(count("steps_min"))–\(count("steps_max"))"
        let perBenchmark = benchmarks.map { "\($0) \(count("\($0).halving_rule_agrees")) of \(count("\($0).logs"))" }
        return [
            "The \(count("logs")) logs each try \(steps) α, each half the one before (\(count("non_halving_steps")) steps are not "
                + "halvings), starting between 2^\(count("start_log2_alpha_max")) and 2^\(count("start_log2_alpha_min")).",
            "The sweep goes on past its best step in \(count("logs_continuing_past_best")) logs; in \(count("best_at_last_step")) "
                + "the best is the last, smallest α, so the sweep did not bracket it. Replayed on the logged values, the halving "
                + "rule keeps the best step in \(count("halving_rule_agrees")) of \(count("logs")) logs (\(perBenchmark.joined(separator: ", "))): "
                + "where validation R² falls before it rises, the rule stops before the rise.",
        ]
    }

    /// The logs ordered for tables and panels: benchmark, reference, decay, benefit.
    static func ordered(_ summaries: [Summary]) -> [Summary] {
        summaries.sorted {
            ($0.log.benchmark, $0.reference, $0.decay, $0.benefit) < ($1.log.benchmark, $1.reference, $1.decay, $1.benefit)
        }
    }

    /// One row per log: where the sweep starts, the best step and what the halving rule keeps.
    static func writeTable(_ summaries: [Summary], context: RunContext) throws {
        var table = Tables.Table(title: "Lasso α search per log: the step with the best validation R²", columns: [
            Column("Decay γ", format: .fixed(digits: 2)), Column("Benefit"), Column("Over"),
            Column("First α", format: .scientific(digits: 2)), Column("Steps", format: .integer),
            Column("Best α", format: .scientific(digits: 2)), Column("Best step", format: .integer),
            Column("Validation R²", format: .fixed(digits: 4), highlight: .max),
            Column("Training R²", format: .fixed(digits: 4)), Column("Non-zero", format: .integer),
            Column("Halving-rule step", format: .integer),
        ])
        for summary in ordered(summaries) {
            let steps = summary.log.steps
            let best = steps[summary.selected]
            table.addRow([.number(summary.decay), .text(summary.benefit), .text(summary.reference),
                          .number(steps[0].alpha), .number(Double(steps.count)), .number(best.alpha),
                          .number(Double(summary.selected)), .number(best.validationRSquared), .number(best.rSquared),
                          .number(Double(best.nonZero)), .number(Double(summary.halvingRule))],
                         group: summary.log.benchmark)
        }
        try table.write(to: context.output("alpha-search"))
    }

    /// Two figures, each a row per benchmark and reference and a column per decay: R² (validation
    /// solid, training dashed) and the non-zero weights against α, the best step marked.
    static func plot(_ summaries: [Summary], context: RunContext) throws {
        let rows = Array(Set(ordered(summaries).map { "\($0.log.benchmark) over \($0.reference)" })).sorted()
        let decays = Array(Set(summaries.map(\.decay))).sorted()
        let benefits = Array(Set(summaries.map(\.benefit))).sorted()
        for (name, title, isR2) in [("alpha-search-r2", "Lasso α search: R² against α (validation solid, training dashed)", true),
                                    ("alpha-search-nonzero", "Lasso α search: non-zero weights against α", false)] {
            var figure = Figure(rows: rows.count, columns: decays.count, size: .inches(6.75, 1.9 * Double(rows.count) + 0.8),
                                title: title)
            figure.legend = .bottom
            let palette = figure.theme.palette
            for (row, label) in rows.enumerated() {
                for (column, decay) in decays.enumerated() {
                    var panel = Panel(title: "\(label), γ = \(decay)", xLabel: row == rows.count - 1 ? "α" : nil,
                                      yLabel: column == 0 ? (isR2 ? "R²" : "non-zero weights") : nil,
                                      x: Axis(scale: .log10), y: Axis(scale: isR2 ? .linear : .log10))
                    var marks: [ScatterSeries] = []
                    for summary in summaries where "\(summary.log.benchmark) over \(summary.reference)" == label
                        && summary.decay == decay {
                        let steps = summary.log.steps
                        let alphas = steps.map(\.alpha)
                        let colour = palette[(benefits.firstIndex(of: summary.benefit) ?? 0) % palette.count]
                        let best = steps[summary.selected]
                        if isR2 {
                            panel.add(LineSeries(x: alphas, y: steps.map(\.validationRSquared),
                                                 label: "\(summary.benefit) benefit", color: colour, marker: .circle,
                                                 markerSize: 3))
                            panel.add(LineSeries(x: alphas, y: steps.map(\.rSquared), color: colour, dash: .dashed))
                            marks.append(ScatterSeries(x: [best.alpha], y: [best.validationRSquared], label: "best validation R²",
                                                       color: colour, size: 7, marker: .diamond, opacity: 1))
                        } else {
                            panel.add(LineSeries(x: alphas, y: steps.map { Double($0.nonZero) },
                                                 label: "\(summary.benefit) benefit", color: colour, marker: .circle,
                                                 markerSize: 3))
                            marks.append(ScatterSeries(x: [best.alpha], y: [Double(best.nonZero)], label: "best validation R²",
                                                       color: colour, size: 7, marker: .diamond, opacity: 1))
                        }
                    }
                    panel.add(marks)
                    figure[row, column] = panel
                }
            }
            _ = try figure.write(to: context.output(name))
        }
    }
}
