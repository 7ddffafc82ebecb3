import Datasets
import Foundation
import Harness
import Plotting
import Statistics

/// Execution times explored per training benchmark, simulated annealing vs random walk
/// (the FYP's `exec-times-{random-walk,simulated-annealing}.pdf`, on one page).
public enum OCamlInliningExecHistograms: Experiment {
    /// Histogram settings.
    public struct Config: ScaleFreeConfig {
        /// Bins per panel.
        public var bins = 40

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "ocaml-inlining/exec-histograms", title: "Execution times explored per benchmark",
        reproduces: "exec-times-{random-walk,simulated-annealing}.pdf", order: 2,
        note: "Times are relative to the benchmark's fastest initial run (1.0 = no change; lower is faster).")

    /// A histogram needs at least one bin; beyond 10,000 a panel has fewer pixels than bins.
    public static var configRanges: [String: ClosedRange<Double>] { ["bins": 1...10_000] }

    public static func inputs(for config: Config) -> [DataInput] { [DataInput(OCamlInlining.explorationTimesPath)] }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let times = try OCamlInlining.loadExplorationTimes(from: context.input(OCamlInlining.explorationTimesPath))
        guard let all = times[.all], let sa = times[.simulatedAnnealing], let rw = times[.randomWalk] else {
            throw HarnessError.malformedInput(path: OCamlInlining.explorationTimesPath, location: "data", reason: "missing method")
        }
        let benches = all.initialExecTimes.keys.sorted()
        var figure = Figure(rows: 3, columns: 4, size: .inches(6.75, 5.6),
                            title: "Explored execution times / original (SA: annealing, RW: random walk)")
        var numbers: [String: Double] = [:]
        for (index, bench) in benches.enumerated() {
            guard let original = all.initialExecTimes[bench]?.min() else { continue }
            let saValues = (sa.execTimes[bench] ?? []).map { $0 / original }
            let rwValues = (rw.execTimes[bench] ?? []).map { $0 / original }
            let lower = min(saValues.min() ?? 1, rwValues.min() ?? 1)
            let upper = Descriptive.quantile(saValues + rwValues, 0.99)
            var panel = Panel(title: bench)
            for (offset, (label, values)) in [("SA", saValues), ("RW", rwValues)].enumerated() {
                let histogram = try Histogram(values.filter { $0 <= upper }, bins: config.bins, range: lower...upper)
                let centres = zip(histogram.edges, histogram.edges.dropFirst()).map { ($0 + $1) / 2 }
                panel.add(LineSeries(x: centres, y: histogram.counts.map(Double.init), label: label,
                                     color: figure.theme.palette[offset], interpolation: .stepPost))
                numbers["\(bench).\(label.lowercased()).median_relative"] = Descriptive.median(values)
                numbers["\(bench).\(label.lowercased()).steps"] = Double(values.count)
            }
            panel.add(ReferenceLine.vertical(1, color: .gray))
            panel.legend = index == 0 ? .upperRight : .none
            figure.panels[index] = panel
        }
        _ = try figure.write(to: context.output("exec-histograms"))
        return RunResult(numbers: numbers, notes: [
            "Each panel drops the slowest 1 % of explored steps so the fast tail is visible.",
        ])
    }
}
