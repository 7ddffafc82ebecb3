import Datasets
import Foundation
import Harness
import Plotting
import Search
import Tables

/// Accel-NASBench Fig. 5: the models the authors searched on the benchmark, fully trained and
/// deployed, against handcrafted and otherwise-searched baselines on each accelerator.
public enum AccelNASBenchFigure5: Experiment {
    /// Settings.
    public struct Config: ScaleFreeConfig {
        /// The accelerator settings to draw (`zcu102.float`, `zcu102.quantized`, `zcu102.latency`,
        /// `vck190.float`, `vck190.quantized`, `a100`, `3090`, `tpuv3`).
        public var targets = AccelNASBench.DeploymentTarget.allCases.map(\.rawValue)
        /// FPGA panels at float precision show baselines at least this accurate (the authors' plot: 73 %).
        public var floatAccuracyFloor = 73.0
        /// FPGA panels at quantized precision show baselines at least this accurate (the authors' plot: 70 %).
        public var quantizedAccuracyFloor = 70.0

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "accel-nasbench/figure5", title: "Searched models vs baselines on each accelerator",
        reproduces: "Figure 5", order: 7,
        note: "Replotted from the values of the authors' plotting script and README (anb_eval); the models were trained "
            + "in full on ImageNet and measured on the accelerators, so no number here can be recomputed on this machine. "
            + "The accuracy floors only hide weak baselines from the FPGA panels, as the authors' plot does; dominance and "
            + "speed-ups are computed over every baseline.")

    /// Accuracy floors are top-1 percentages.
    public static var configRanges: [String: ClosedRange<Double>] {
        ["floatAccuracyFloor": 0...100, "quantizedAccuracyFloor": 0...100]
    }

    /// One panel per target.
    public static var nonEmptyKeys: Set<String> { ["targets"] }

    public static func inputs(for config: Config) -> [DataInput] { [DataInput(AccelNASBench.deployedModelsPath)] }

    /// Every target is one the comparison has.
    public static func validate(_ config: Config) throws { _ = try chosenTargets(config) }

    /// The targets `config` names, in its order.
    static func chosenTargets(_ config: Config) throws -> [AccelNASBench.DeploymentTarget] {
        try ConfigChoice.named(config.targets, key: "targets", noun: "target")
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let models = try AccelNASBench.loadDeployedModels(from: context.input(AccelNASBench.deployedModelsPath))
        let targets = try chosenTargets(config)
        var numbers: [String: Double] = [:]
        var figure = Figure(rows: (targets.count + 3) / 4, columns: min(4, targets.count), size: .inches(6.75, 3.9),
                            title: "Top-1 vs speed: models searched on Accel-NASBench (red) and baselines")
        var table = Table(title: "Searched models against the fastest baseline at least as accurate", columns: [
            Column("Target"), Column("Model"), Column("Top-1", unit: "%", format: .fixed(digits: 3)),
            Column("Speed", format: .fixed(digits: 2)), Column("Unit"), Column("Fastest baseline ≥ its top-1"),
            Column("Baseline speed", format: .fixed(digits: 2)), Column("Speed-up", unit: "×", format: .fixed(digits: 2)),
        ])
        for (index, target) in targets.enumerated() {
            let all = models[target] ?? []
            let ours = all.filter { $0.design == .ours }
            let baselines = all.filter { $0.design != .ours }
            guard !ours.isEmpty, !baselines.isEmpty else {
                throw HarnessError.malformedInput(path: AccelNASBench.deployedModelsPath, location: target.rawValue,
                                                  reason: "needs the paper's models and baselines")
            }
            let comparisons = ours.map { Comparison($0, against: baselines, lowerIsFaster: target.measuresLatency) }
            let key = target.rawValue
            numbers["\(key).baselines"] = Double(baselines.count)
            numbers["\(key).ours_dominated"] = Double(comparisons.filter(\.isDominated).count)
            if let best = comparisons.compactMap(\.speedup).max() { numbers["\(key).best_speedup"] = best }
            for comparison in comparisons {
                let model = comparison.model
                numbers["\(key).\(model.name).accuracy"] = model.accuracy
                numbers["\(key).\(model.name).\(target.measuresLatency ? "latency_ms" : "throughput")"] = model.speed
                table.addRow([
                    .text(target.displayName), .text(model.name), .number(model.accuracy), .number(model.speed),
                    .text(target.speedUnit), .text(comparison.fastestAsAccurate?.name ?? "none"),
                    .number(comparison.fastestAsAccurate?.speed ?? .nan), .number(comparison.speedup ?? .nan),
                ])
            }
            let floor = target.isQuantized ? config.quantizedAccuracyFloor : config.floatAccuracyFloor
            let shown = target.isFPGA ? baselines.filter { $0.accuracy >= floor } : baselines
            figure.panels[index] = panel(target, baselines: shown, ours: ours, theme: figure.theme)
        }
        figure.legend = .top
        _ = try figure.write(to: context.output("figure5"))
        try table.write(to: context.output("searched-vs-baselines"))
        return RunResult(numbers: numbers, notes: [
            "Speed-up: the searched model's throughput over that of the fastest baseline at least as accurate "
                + "(latency: the baseline's over the model's); none when no baseline is as accurate.",
        ])
    }

    /// One target's panel: baselines by design, the paper's models as a dashed line.
    static func panel(
        _ target: AccelNASBench.DeploymentTarget, baselines: [AccelNASBench.DeployedModel],
        ours: [AccelNASBench.DeployedModel], theme: Theme
    ) -> Panel {
        var panel = Panel(title: target.displayName)
        panel.x = Axis(label: target.measuresLatency ? "latency (ms)" : "throughput (\(target.speedUnit))")
        panel.y = Axis(label: "top-1 (%)")
        for (design, label, marker, color) in [
            (AccelNASBench.ModelDesign.handcrafted, "handcrafted", Marker.circle, Color.gray),
            (.searchedElsewhere, "searched elsewhere", .triangle, theme.palette[0]),
        ] {
            let points = baselines.filter { $0.design == design }
            panel.add(ScatterSeries(x: points.map(\.speed), y: points.map(\.accuracy), label: label,
                                    color: color, size: 4, marker: marker, opacity: 0.9))
        }
        let line = ours.sorted { $0.speed < $1.speed }
        panel.add(LineSeries(x: line.map(\.speed), y: line.map(\.accuracy), label: "searched on Accel-NASBench",
                             color: Color(hex: 0xD62728), dash: .dashed, marker: .square, markerSize: 4))
        panel.legend = .none
        return panel
    }
}
