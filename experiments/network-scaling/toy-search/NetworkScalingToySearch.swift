import Foundation
import Harness
import Plotting
import Randomness
import Scaling
import Search
import Statistics
import Tables

/// The project's RL scaling search on its toy environment against random search and
/// simulated annealing from the shared search engine: anytime best accuracy over seeds.
public enum NetworkScalingToySearch: Experiment {
    /// Seeds, budgets and the RL schedule.
    public struct Config: ExperimentConfig {
        /// Independent runs per method, one seed each (a count, not a seed value).
        public var seedCount = 10
        /// Accuracy evaluations per run.
        public var evaluations = 2000
        /// RL outer epochs at most (the run stops once `evaluations` are spent).
        public var epochs = 100
        /// RL REINFORCE updates per epoch (project: 1000).
        public var updateSteps = 50
        /// RL batch size (project: 256).
        public var batchSize = 256
        /// RL policy hidden width (project: 128).
        public var hidden = 128
        /// Annealing initial temperature (accuracy units).
        public var annealingStart = 0.05
        /// Annealing temperature ratio per step.
        public var annealingRatio = 0.99
    }

    public static let info = ExperimentInfo(
        id: "network-scaling/toy-search", title: "RL scaling search on the toy environment",
        reproduces: "test.py toy environment (slides 7–8, not in the repo)", order: 3,
        note: "Toy env: memory = max(w, d), latency = w² + d², accuracy peak 1 at (0.5, 0.3); bounds latency 1, memory 10. "
            + "The RL search follows the project's algorithm; its REINFORCE updates per epoch are reduced from 1000 to keep "
            + "the run in minutes. Baselines search the same 0.01 grid of feasible states.")

    /// At least one seed and one evaluation (the curves are medians over seeds of best-so-far
    /// values); a policy at most 4,096 wide (the project's is 128), so its weights fit in memory.
    public static var configRanges: [String: ClosedRange<Double>] {
        ["seedCount": ConfigCoding.atLeastOne, "evaluations": ConfigCoding.atLeastOne, "hidden": 1...4_096]
    }

    public static func defaultConfig(for scale: Scale) -> Config {
        scale == .smoke
            ? Config(seedCount: 2, evaluations: 60, epochs: 3, updateSteps: 3, batchSize: 32, hidden: 16)
            : Config()
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let environment = ToyScalingEnvironment()
        let space = ToyScalingSpace(environment: environment)
        var settings = PolicyScalingSearch.Settings()
        settings.epochs = config.epochs
        settings.updateSteps = config.updateSteps
        settings.batchSize = config.batchSize
        settings.hidden = config.hidden
        let rl = PolicyScalingSearch(settings: settings)
        let start = ScalingState(width: 2, depth: 2, resolution: 0)
        guard let contracted = PolicyScalingSearch.contract(start, in: environment) else {
            throw HarnessError.invalidExperiment("toy environment: no feasible state")
        }
        let startPoint = space.point(nearest: contracted)
        var curves: [String: [Curve]] = [:]
        var finals: [String: [Double]] = [:]
        var rlBest: [ScalingState] = []
        var rlEvaluations: [Double] = []
        let progress = context.progress("seeds", total: config.seedCount)
        for seed in 0..<config.seedCount {
            let s = UInt64(seed)
            if let outcome = rl.run(from: start, in: environment, maxEvaluations: config.evaluations, seed: 1000 + s) {
                let trace = Array(outcome.trace.prefix(config.evaluations))
                curves["RL policy (project)", default: []].append(
                    try Curve(x: trace.indices.map { Double($0 + 1) }, y: trace))
                finals["RL policy (project)", default: []].append(trace.last ?? .nan)
                rlBest.append(outcome.best)
                rlEvaluations.append(Double(trace.count))
            }
            var generator = SeededGenerator(seed: 2000 + s)
            let random = try RandomSearch().run(space: space, objective: space, budget: .evaluations(config.evaluations),
                                                using: &generator)
            try record("random search", random.trace, into: &curves, finals: &finals)
            generator = SeededGenerator(seed: 3000 + s)
            let annealing = try SimulatedAnnealing(schedule: .geometric(initial: config.annealingStart, ratio: config.annealingRatio))
                .run(space: space, objective: space, budget: .evaluations(config.evaluations), start: startPoint,
                     using: &generator)
            try record("simulated annealing", annealing.trace, into: &curves, finals: &finals)
            progress.advance()
        }
        let grid = Statistics.Grid.linear(from: 1, to: Double(config.evaluations), count: min(config.evaluations, 200))
        var panel = Panel(xLabel: "accuracy evaluations", yLabel: "best accuracy so far")
        var table = Tables.Table(title: "Best accuracy after the budget (toy environment; optimum 1.0)", columns: [
            Column("Method"), Column("Median", format: .fixed(digits: 4)), Column("Min", format: .fixed(digits: 4)),
            Column("Max", format: .fixed(digits: 4)), Column("Runs", format: .integer),
        ])
        var numbers: [String: Double] = [:]
        let methods = ["RL policy (project)", "random search", "simulated annealing"]
        let keys = ["rl", "random", "annealing"]
        for (index, method) in methods.enumerated() {
            let band = CurveBand(curves[method] ?? [], grid: grid, interpolation: .step)
            let color = Theme.paper.palette[index % Theme.paper.palette.count]
            panel.add(BandSeries(x: grid, lower: band.lower, upper: band.upper, color: color, opacity: 0.2))
            panel.add(LineSeries(x: grid, y: band.median, label: method, color: color))
            let values = finals[method] ?? []
            let median = Descriptive.quantiles(values, [0.5])[0]
            numbers["\(keys[index]).final_best_median"] = median
            table.addRow([.text(method), .number(median), .number(values.min() ?? .nan), .number(values.max() ?? .nan),
                          .number(Double(values.count))])
        }
        panel.add(ReferenceLine.horizontal(1, label: "optimum", color: .gray))
        panel.legend = .lowerRight
        let figure = Figure(size: .inches(5, 3.4), panel: panel)
        _ = try figure.write(to: context.output("toy-search-anytime"))
        try table.write(to: context.output("toy-search-final"))
        numbers["rl.evaluations_used_median"] = Descriptive.median(rlEvaluations)
        numbers["contraction.width"] = Double(contracted.width)
        numbers["contraction.depth"] = Double(contracted.depth)
        numbers["contraction.latency"] = environment.constraints(contracted).latency
        return RunResult(numbers: numbers, notes: [
            "Curves are medians over \(config.seedCount) seeds with the interquartile band; x counts accuracy evaluations "
                + "(the expensive step: 30 epochs of training in the real project). Constraint checks are free for every method.",
            "The RL search stops spending evaluations once its policy only revisits buffered (state, action) pairs, which "
                + "are not re-evaluated (median \(Int(Descriptive.median(rlEvaluations))) of \(config.evaluations) evaluations used); "
                + "its curve is flat from there.",
            "The RL search runs \(config.updateSteps) REINFORCE updates of batch \(config.batchSize) per epoch instead of 1000.",
        ])
    }

    static func record(_ method: String, _ trace: AnytimeTrace<ToyScalingSpace.Point>,
                       into curves: inout [String: [Curve]], finals: inout [String: [Double]]) throws {
        let points = trace.points.filter { $0.bestValue.isFinite }
        curves[method, default: []].append(try Curve(x: points.map { Double($0.evaluations) }, y: points.map(\.bestValue)))
        finals[method, default: []].append(trace.finalBestValue ?? .nan)
    }
}
