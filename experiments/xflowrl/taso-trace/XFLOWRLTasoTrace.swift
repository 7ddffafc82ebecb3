import Datasets
import Foundation
import Harness
import Plotting
import Tables

/// TASO's SqueezeNet search (α = 1.02, budget 100,000): per-step cost and best cost,
/// from the vertices recovered from the released vector plots.
public enum XFLOWRLTasoTrace: Experiment {
    /// Plot settings.
    public struct Config: ScaleFreeConfig {
        /// Steps shown in the zoomed panel.
        public var zoomSteps = 200

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "xflowrl/taso-trace", title: "TASO search on SqueezeNet: 200 and 100,000 steps",
        reproduces: "taso_search_squeezenet_200.png, taso_search_squeezenet_100001.png", order: 2,
        note: "Curves are the vertices matplotlib kept in the released PDFs; collinear points were dropped, so the "
            + "lines interpolate linearly between recovered vertices.")

    /// The released zoomed plot covers the first 200 steps; a longer zoom would show nothing more.
    public static var configRanges: [String: ClosedRange<Double>] { ["zoomSteps": 1...200] }

    public static func inputs(for config: Config) -> [DataInput] { [DataInput(XFLOWRL.digitisedPlotsPath)] }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let plots = try XFLOWRL.loadDigitisedPlots(from: context.input(XFLOWRL.digitisedPlotsPath))
        let zoom = plots.search200, full = plots.search100k
        var numbers: [String: Double] = [
            "zoom.first_step_at_best": zoom.firstStepAtMinimum,
            "full.first_step_at_best": full.firstStepAtMinimum,
            "full.best_cost_ms": full.minimumCost,
            "full.initial_cost_ms": full.cost(atStep: 0),
            "full.improvements_after_best": Double(full.improvements(after: full.firstStepAtMinimum)),
            "full.best_relative_to_initial": full.minimumCost / full.cost(atStep: 0),
        ]
        numbers["full.steps_without_improvement"] = (full.costVertices.last?[0] ?? .nan) - full.firstStepAtMinimum
        var figure = Figure(rows: 1, columns: 2, size: .inches(6.75, 2.8),
                            title: "TASO on SqueezeNet, α = 1.02 (recovered from the released plots)")
        for (index, (trace, limit)) in [(zoom, Double(config.zoomSteps)), (full, 100_000.0)].enumerated() {
            let cost = trace.costVertices.filter { $0[0] <= limit }
            var panel = Panel(title: index == 0 ? "first \(config.zoomSteps) steps" : "all 100,000 steps",
                              xLabel: "search step", yLabel: "estimated cost (ms)")
            if index == 1 { panel.x = Axis(scale: .log10, label: "search step (log)") }
            let shift = index == 1 ? 1.0 : 0.0
            panel.add(LineSeries(x: cost.map { $0[0] + shift }, y: cost.map { $0[1] }, label: "popped graph cost",
                                 color: figure.theme.palette[0], width: 0.6))
            let best = trace.bestCostVertices.filter { $0[0] <= limit }
            panel.add(LineSeries(x: best.map { $0[0] + shift }, y: best.map { $0[1] }, label: "best cost (released curve)",
                                 color: figure.theme.palette[1], dash: .dashed))
            panel.add(ReferenceLine.vertical(trace.firstStepAtMinimum + shift, label: "best found", color: .gray))
            panel.legend = .upperRight
            figure.panels[index] = panel
        }
        _ = try figure.write(to: context.output("taso-trace-released"))
        var table = Tables.Table(title: "TASO SqueezeNet search (recovered vertices)", columns: [
            Column("Plot"), Column("Vertices", format: .integer), Column("Initial cost", unit: "ms", format: .fixed(digits: 4)),
            Column("Best cost", unit: "ms", format: .fixed(digits: 4)), Column("First step at best", format: .integer),
        ])
        for trace in [zoom, full] {
            table.addRow([.text(trace.sourcePlot), .number(Double(trace.costVertices.count)), .number(trace.cost(atStep: 0)),
                          .number(trace.minimumCost), .number(trace.firstStepAtMinimum)])
        }
        try table.write(to: context.output("taso-trace-released"))
        numbers.merge(try rewardHistogram(plots.rewardHistogram, context: context)) { first, _ in first }
        return RunResult(numbers: numbers, notes: [
            "The 100,000-step panel uses a log step axis (step + 1) so the first 40 steps are visible.",
        ])
    }

    /// XFLOWRL's histogram of per-step rewards at inference (runtime improvement per
    /// step, ms), redrawn from its digitised bins, with the numbers the plot shows.
    static func rewardHistogram(_ histogram: XFLOWRL.RewardHistogram, context: RunContext) throws -> [String: Double] {
        let bins = histogram.bins
        guard let modal = bins.max(by: { $0.count < $1.count }), let first = bins.first, let last = bins.last else {
            throw HarnessError.malformedInput(path: XFLOWRL.digitisedPlotsPath, location: "xflow_inf_hist.bins",
                                              reason: "no bins")
        }
        let total = bins.reduce(0) { $0 + $1.count }
        let labels = bins.map { String(format: "%.3f", ($0.left + $0.right) / 2) }
        var panel = Panel(title: "XFLOWRL inference: reward per step (released histogram)",
                          xLabel: "runtime improvement per step (ms), bin centre", yLabel: "steps")
        panel.add(BarChart(categories: labels, groups: [BarGroup(values: bins.map(\.count))]))
        _ = try Figure(size: .inches(5.5, 2.8), panel: panel).write(to: context.output("xflowrl-inference-rewards"))
        var table = Tables.Table(title: "XFLOWRL inference rewards (bins recovered from \(histogram.sourcePlot))", columns: [
            Column("From", unit: "ms", format: .fixed(digits: 6)), Column("To", unit: "ms", format: .fixed(digits: 6)),
            Column("Steps", format: .integer),
        ])
        for bin in bins { table.addRow([.number(bin.left), .number(bin.right), .number(bin.count)]) }
        try table.write(to: context.output("xflowrl-inference-rewards"))
        let centreMean = bins.reduce(0) { $0 + $1.count * ($1.left + $1.right) / 2 } / total
        return [
            "inference_rewards.steps": total,
            "inference_rewards.modal_bin_count": modal.count,
            "inference_rewards.modal_bin_left_ms": modal.left,
            "inference_rewards.lowest_edge_ms": first.left,
            "inference_rewards.highest_edge_ms": last.right,
            "inference_rewards.empty_bins": Double(bins.filter { $0.count == 0 }.count),
            "inference_rewards.steps_in_bins_above_zero_fraction": bins.filter { $0.left >= 0 }.reduce(0) { $0 + $1.count } / total,
            "inference_rewards.mean_ms_from_bin_centres": centreMean,
        ]
    }
}
