import Datasets
import Foundation
import Harness
import Plotting
import Tables

/// XFLOWRL vs TASO: final graph runtimes and optimisation times, re-rendered from the
/// values printed on the released bar charts.
public enum XFLOWRLReleasedBars: Experiment {
    /// Comparison settings.
    public struct Config: ScaleFreeConfig {
        /// Relative difference under which two runtimes count as equal.
        public var equalWithin = 0.01

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "xflowrl/released-bars", title: "Final runtime and optimisation time, TASO vs XFLOWRL",
        reproduces: "xflow_taso_runtime_results.png, xflow_taso_optimization_times.png", order: 1,
        note: "Values are the labels printed on the released bar charts (no raw logs were committed); runtimes need TASO, "
            + "CUDA and a GPU, so only the comparisons are recomputed.")

    /// A relative difference: 0 (exactly equal) to 1 (within 100 %).
    public static var configRanges: [String: ClosedRange<Double>] { ["equalWithin": 0...1] }

    public static func inputs(for config: Config) -> [DataInput] { [DataInput(XFLOWRL.figureValuesPath)] }

    static let graphs = ["BERT", "SqueezeNet", "ResNet18", "ResNet34", "ResNet50"]

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let values = try XFLOWRL.FigureValue.load(from: context.input(XFLOWRL.figureValuesPath))
        func value(_ figure: String, _ graph: String, _ method: String) throws -> XFLOWRL.FigureValue {
            guard let found = values.first(where: { $0.figure == figure && $0.graph == graph && $0.method == method }) else {
                throw HarnessError.malformedInput(path: XFLOWRL.figureValuesPath, location: "\(figure)/\(graph)/\(method)",
                                                  reason: "missing bar")
            }
            return found
        }
        let runtime = "xflow_taso_runtime_results", time = "xflow_taso_optimization_times"
        var numbers: [String: Double] = [:]
        var table = Tables.Table(title: "TASO vs XFLOWRL (values from the released plots)", columns: [
            Column("Graph"), Column("Original", unit: "ms", format: .fixed(digits: 4)),
            Column("TASO", unit: "ms", format: .fixed(digits: 4)), Column("XFLOWRL", unit: "ms", format: .fixed(digits: 4)),
            Column("XFLOWRL − TASO", unit: "%", format: .fixed(digits: 2)),
            Column("TASO opt.", unit: "s", format: .fixed(digits: 2)), Column("XFLOWRL opt.", unit: "s", format: .fixed(digits: 2)),
            Column("Speed-up of optimisation", unit: "×", format: .fixed(digits: 1)),
        ])
        var runtimeGroups: [[Double]] = [[], [], []], timeGroups: [[Double]] = [[], []]
        var fasterCount = 0, worstPercentError = 0.0, minSpeedup = Double.infinity
        for graph in graphs {
            let original = try value(runtime, graph, "Original").value
            let taso = try value(runtime, graph, "TASO"), xflow = try value(runtime, graph, "XFLOWRL")
            let tasoTime = try value(time, graph, "TASO").value, xflowTime = try value(time, graph, "XFLOWRL").value
            let key = graph.lowercased()
            let relative = (xflow.value - taso.value) / taso.value
            numbers["\(key).runtime_relative_difference"] = relative
            numbers["\(key).taso_pct_of_original"] = taso.value / original * 100
            numbers["\(key).xflowrl_pct_of_original"] = xflow.value / original * 100
            numbers["\(key).optimisation_speedup"] = tasoTime / xflowTime
            for printed in [taso, xflow] {
                if let pct = printed.percentOfOriginal {
                    worstPercentError = max(worstPercentError, abs(printed.value / original * 100 - pct))
                }
            }
            if xflowTime < tasoTime { fasterCount += 1 }
            minSpeedup = min(minSpeedup, tasoTime / xflowTime)
            runtimeGroups[0].append(original); runtimeGroups[1].append(taso.value); runtimeGroups[2].append(xflow.value)
            timeGroups[0].append(tasoTime); timeGroups[1].append(xflowTime)
            table.addRow([.text(graph), .number(original), .number(taso.value), .number(xflow.value), .number(relative * 100),
                          .number(tasoTime), .number(xflowTime), .number(tasoTime / xflowTime)])
        }
        numbers["graphs_xflowrl_faster_to_optimise"] = Double(fasterCount)
        numbers["min_optimisation_speedup"] = minSpeedup
        numbers["printed_percentage_max_error"] = worstPercentError
        numbers["graphs_equal_runtime"] = Double(graphs.indices.filter {
            abs(runtimeGroups[2][$0] - runtimeGroups[1][$0]) / runtimeGroups[1][$0] <= config.equalWithin }.count)

        var figure = Figure(rows: 1, columns: 2, size: .inches(6.75, 2.8))
        let palette = figure.theme.palette
        var left = Panel(title: "Inference time of the optimised graph", yLabel: "time (ms)")
        left.add(BarChart(categories: graphs, groups: zip(["Original", "TASO", "XFLOWRL"], runtimeGroups).enumerated().map {
            BarGroup(label: $0.element.0, values: $0.element.1, color: palette[$0.offset]) }))
        left.legend = .upperLeft
        var right = Panel(title: "Optimisation time (inference only)", y: Axis(scale: .log10, label: "time (s)"))
        right.add(BarChart(categories: graphs, groups: zip(["TASO (budget 1000)", "XFLOWRL"], timeGroups).enumerated().map {
            BarGroup(label: $0.element.0, values: $0.element.1, color: palette[$0.offset + 1]) }))
        right.legend = .upperLeft
        figure.panels = [left, right]
        _ = try figure.write(to: context.output("released-bars"))
        try table.write(to: context.output("released-bars"))
        return RunResult(numbers: numbers, notes: [
            "XFLOWRL's optimisation time excludes its (long) training; TASO ran its default budget of 1000 iterations.",
        ])
    }
}
