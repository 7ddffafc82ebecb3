import Datasets
import Foundation
import Harness
import Plotting
import Statistics
import Tables

/// The learnt rewards of the six released reward-assignment models: how many call
/// sites get a non-zero reward, and the distribution of the non-zero ones.
public enum OCamlInliningRewardPlots: Experiment {
    /// Histogram settings.
    public struct Config: ScaleFreeConfig {
        /// Bins per histogram.
        public var bins = 30

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "ocaml-inlining/reward-plots", title: "Learnt rewards per model (released dumps)",
        reproduces: "reward_assignment plots (zero-value-immediate-histogram, learnt values)", order: 4,
        note: "Recomputed from the released rewards_dump.sexp files; the regression itself cannot be re-run here because "
            + "the feature/reward problem matrices were never published (see the synthetic demo instead).")

    /// A histogram needs at least one bin; beyond 10,000 a panel has fewer pixels than bins.
    public static var configRanges: [String: ClosedRange<Double>] { ["bins": 1...10_000] }

    public static func inputs(for config: Config) -> [DataInput] { [DataInput(OCamlInlining.rewardsPath)] }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let dumps = try OCamlInlining.loadLearntRewards(from: context.input(OCamlInlining.rewardsPath))
        let models = Array(Set(dumps.map(\.model))).sorted()
        var figure = Figure(rows: 2, columns: 3, size: .inches(6.75, 4.4),
                            title: "Non-zero learnt rewards, all benchmarks (symmetric log scale: sign · log10(1 + 10⁴|r|))")
        var table = Tables.Table(title: "Learnt rewards per model", columns: [
            Column("Model"), Column("Benchmarks", format: .integer), Column("Call sites", format: .integer),
            Column("Zero immediate", format: .percent(digits: 1)), Column("Zero no-inline", format: .percent(digits: 1)),
            Column("Median |immediate| (non-zero)", format: .scientific(digits: 2)),
        ])
        var numbers: [String: Double] = [:]
        func squash(_ r: Double) -> Double { (r < 0 ? -1 : 1) * log10(1 + 1e4 * abs(r)) }
        for (index, model) in models.enumerated() {
            let rows = dumps.filter { $0.model == model }.flatMap(\.rewards)
            let immediate = rows.compactMap(\.inlineImmediate)
            let noInline = rows.compactMap(\.noInline)
            let longTerm = rows.compactMap(\.inlineLongTerm)
            let zeroImmediate = Double(immediate.filter { $0 == 0 }.count) / Double(max(immediate.count, 1))
            let zeroNoInline = Double(noInline.filter { $0 == 0 }.count) / Double(max(noInline.count, 1))
            let nonZero = immediate.filter { $0 != 0 }.map(abs)
            numbers["\(model).zero_immediate_fraction"] = zeroImmediate
            numbers["\(model).zero_no_inline_fraction"] = zeroNoInline
            numbers["\(model).call_sites"] = Double(rows.count)
            table.addRow([.text(model), .number(Double(dumps.filter { $0.model == model }.count)), .number(Double(rows.count)),
                          .number(zeroImmediate), .number(zeroNoInline),
                          nonZero.isEmpty ? .empty : .number(Descriptive.median(nonZero))])
            var panel = Panel(title: model, xLabel: "squashed reward", yLabel: index % 3 == 0 ? "call sites" : nil)
            for (offset, (label, values)) in [("immediate", immediate), ("long-term", longTerm), ("no inline", noInline)].enumerated() {
                let squashed = values.filter { $0 != 0 }.map(squash)
                guard !squashed.isEmpty else { continue }
                let histogram = try Histogram(squashed, bins: config.bins, range: -4...4)
                let centres = zip(histogram.edges, histogram.edges.dropFirst()).map { ($0 + $1) / 2 }
                panel.add(LineSeries(x: centres, y: histogram.counts.map(Double.init), label: label,
                                     color: figure.theme.palette[offset], interpolation: .stepPost))
            }
            panel.legend = index == 0 ? .upperLeft : .none
            figure.panels[index] = panel
        }
        _ = try figure.write(to: context.output("reward-histograms"))
        try table.write(to: context.output("reward-summary"))
        return RunResult(numbers: numbers, notes: [
            "Zero rewards dominate the lasso models (their L1 penalty zeroes most weights); the histograms show only non-zero values.",
        ])
    }
}
