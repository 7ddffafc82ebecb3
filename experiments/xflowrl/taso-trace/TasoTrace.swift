import Datasets
import Foundation
import Harness
import Plotting
import Tables

/// TASO's SqueezeNet search (α = 1.02, budget 100,000): per-step cost and best cost,
/// from the vertices recovered from the released vector plots.
public enum XFLOWRLTasoTrace: Experiment {
    /// Plot settings.
    public struct Config: ExperimentConfig {
        /// Steps shown in the zoomed panel.
        public var zoomSteps = 200
    }

    public static let info = ExperimentInfo(
        id: "xflowrl/taso-trace", title: "TASO search on SqueezeNet: 200 and 100,000 steps",
        paper: "xflowrl", reproduces: "taso_search_squeezenet_200.png, taso_search_squeezenet_100001.png", order: 2,
        note: "Curves are the vertices matplotlib kept in the released PDFs; collinear points were dropped, so the "
            + "lines interpolate linearly between recovered vertices.")

    public static func defaultConfig(for scale: Scale) -> Config { Config() }

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
        return RunResult(numbers: numbers, notes: [
            "The 100,000-step panel uses a log step axis (step + 1) so the first 40 steps are visible.",
        ])
    }
}
