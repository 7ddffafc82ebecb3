import Datasets
import Foundation
import Harness
import Plotting
import Scaling
import Tables

/// Which (w, d) satisfy each README setting's bounds at its reported resolution, with
/// the reported best state marked.
public enum NetworkScalingFeasibilityMap: Experiment {
    /// The grid.
    public struct Config: ExperimentConfig {
        /// Largest w and d on the grid.
        public var maxMultiplier = 2.5
        /// Grid spacing (the search's step is 0.1).
        public var step = 0.1
    }

    public static let info = ExperimentInfo(
        id: "network-scaling/feasibility-map", title: "Feasible (w, d) per platform and bound",
        reproduces: "README settings (no figure in the project)", order: 2,
        note: "Each grid state is replayed in Float32 steps from the run's initial state, like the search.")

    public static func defaultConfig(for scale: Scale) -> Config {
        scale == .smoke ? Config(maxMultiplier: 2.0, step: 0.2) : Config()
    }

    /// Multipliers of 0.1 to 10 on a spacing of 0.01 to 1: at most 1,000 × 1,000 grid states.
    public static var configRanges: [String: ClosedRange<Double>] { ["maxMultiplier": 0.1...10, "step": 0.01...1] }

    public static func inputs(for config: Config) -> [DataInput] {
        [NetworkScaling.latencyTablePath, NetworkScaling.predictorWeightsPath, NetworkScaling.readmeResultsPath]
            .map { DataInput($0) }
    }

    static let settingKeys = ["rpi_mem10", "rpi_mem100", "jetson_cpu", "jetson_gpu"]

    /// Grid points per axis: multiples of the step up to the largest multiplier.
    static func pointCount(_ config: Config) -> Int { Int((config.maxMultiplier / config.step).rounded()) }

    /// The grid has at least one point.
    public static func validate(_ config: Config) throws {
        guard pointCount(config) >= 1 else {
            throw HarnessError.badOverride(
                "maxMultiplier \(config.maxMultiplier) is less than half a step (\(config.step)): the grid would be empty")
        }
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        try validate(config)
        let table = try NetworkScaling.loadLatencyTable(from: context.input(NetworkScaling.latencyTablePath))
        let weights = try NetworkScaling.loadPredictorWeights(from: context.input(NetworkScaling.predictorWeightsPath))
        let readme = try NetworkScaling.ReadmeResult.load(from: context.input(NetworkScaling.readmeResultsPath))
        let grid = (1...pointCount(config)).map { Double($0) * config.step }
        var figure = Figure(rows: 2, columns: 2, size: .inches(6.75, 5.6),
                            title: "Colour: max(latency/L, memory/M) (clipped at 3); white dot: feasible; diamond: reported best")
        var numbers: [String: Double] = [:]
        var summary = Tables.Table(title: "Feasible grid states per setting", columns: [
            Column("Setting"), Column("Resolution", format: .integer), Column("Feasible states", format: .integer),
            Column("Grid states", format: .integer), Column("Best feasible", format: .integer),
            Column("Feasible states dominating best", format: .integer),
        ])
        let progress = context.progress("settings", total: readme.count)
        for (index, row) in readme.enumerated() {
            let key = index < settingKeys.count ? settingKeys[index] : "row\(index)"
            let models = try ScalingModels(platform: row.platform, device: row.device, table: table, predictors: weights)
            let start = (w: row.initial[0], d: row.initial[1], r: row.initial[2])
            var xs: [Double] = [], ys: [Double] = [], ratios: [Double] = []
            var feasible = 0, dominating = 0
            for w in grid {
                for d in grid {
                    let result = models.evaluate(ScalingState.reached(from: start, to: (w, d, row.best[2])))
                    let ratio = max(result.latency / row.latencyBound, result.memory / row.memoryBound)
                    xs.append(w); ys.append(d); ratios.append(min(ratio, 3))
                    if ratio <= 1 {
                        feasible += 1
                        if w >= row.best[0] - 1e-9, d >= row.best[1] - 1e-9, w + d > row.best[0] + row.best[1] + 1e-9 {
                            dominating += 1
                        }
                    }
                }
            }
            let best = models.evaluate(ScalingState.reached(from: start, to: (row.best[0], row.best[1], row.best[2])))
            let bestFeasible = best.latency <= row.latencyBound && best.memory <= row.memoryBound
            numbers["\(key).feasible_states"] = Double(feasible)
            numbers["\(key).best_feasible"] = bestFeasible ? 1 : 0
            numbers["\(key).dominating_feasible_states"] = Double(dominating)
            summary.addRow([.text("\(row.platform) \(row.device), \(row.latencyBound) s, \(row.memoryBound) MB"),
                            .number(row.best[2]), .number(Double(feasible)), .number(Double(xs.count)),
                            .number(bestFeasible ? 1 : 0), .number(Double(dominating))])
            var panel = Panel(title: "\(row.platform) \(row.device): ≤ \(formatted(row.latencyBound)) s, ≤ \(formatted(row.memoryBound)) MB, r = \(Int(row.best[2]))",
                              xLabel: "width multiplier w", yLabel: "depth multiplier d")
            panel.add(ScatterSeries(x: xs, y: ys, values: ratios, colormap: .viridis, size: 5.5, marker: .square,
                                    opacity: 1))
            let feasibleX = zip(xs, ratios).filter { $0.1 <= 1 }.map(\.0)
            let feasibleY = zip(ys, ratios).filter { $0.1 <= 1 }.map(\.0)
            panel.add(ScatterSeries(x: feasibleX, y: feasibleY, label: "feasible", color: .white, size: 1.6, opacity: 1))
            panel.add(ScatterSeries(x: [row.best[0]], y: [row.best[1]], label: "reported best", color: Color(hex: 0xD55E00),
                                    size: 9, marker: .diamond, opacity: 1))
            panel.legend = .none
            figure.panels[index] = panel
            progress.advance()
        }
        _ = try figure.write(to: context.output("feasibility-map"))
        try summary.write(to: context.output("feasibility-summary"))
        return RunResult(numbers: numbers, notes: [
            "The project published no such figure; it shows where the README's best states sit among the states the bounds allow.",
            "A feasible state with both w and d at least the best's (and larger in one) shows the search stopped short of the frontier; "
                + "accuracy is unknown here, so such a state is not necessarily better.",
        ])
    }

    static func formatted(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%g", value)
    }
}
