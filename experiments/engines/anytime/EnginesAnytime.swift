import Datasets
import Foundation
import Harness
import Plotting
import Randomness
import Search
import Statistics
import Surrogate
import Tables

/// The shared optimizers on benchmarks from two papers: random search, regularized evolution
/// and REINFORCE, anytime best-value curves over seeds with bands.
public enum EnginesAnytime: Experiment {
    /// Per-benchmark settings.
    public struct Setting: Codable, Sendable, Equatable {
        /// Evaluations per run.
        public var evaluations: Int
        /// Regularized evolution P and S.
        public var populationSize: Int
        public var sampleSize: Int
        /// REINFORCE step size and episodes per update.
        public var learningRate: Double
        public var episodes: Int
    }

    /// Settings.
    public struct Config: ExperimentConfig {
        /// Seeds (one run per optimizer per seed).
        public var seeds: [Int]
        /// Accel-NASBench accuracy surrogate (28 categorical decisions).
        public var accelNASBench: Setting
        /// RL network-scaling toy environment ((w, d) grid, latency-constrained).
        public var toyScaling: Setting
    }

    public static let info = ExperimentInfo(
        id: "engines/anytime", title: "Anytime search on two papers' benchmarks",
        reproduces: "Engine showcase (issue 6 cross-paper experiment)", order: 1,
        note: """
            Not a paper figure: the same three optimizers of the Search engine on the Accel-NASBench \
            accuracy surrogate (fitted by accel-nasbench/surrogate-fit) and on the RL network-scaling \
            project's analytic toy environment (Search.ToyScalingBenchmark).
            """)

    /// The curves and numbers are over seeds.
    public static var nonEmptyKeys: Set<String> { ["seeds"] }

    /// Each search needs at least one evaluation, population member, tournament entrant and episode per update.
    public static var configRanges: [String: ClosedRange<Double>] {
        let one = ConfigCoding.atLeastOne
        return ["accelNASBench.evaluations": one, "accelNASBench.populationSize": one, "accelNASBench.sampleSize": one,
                "accelNASBench.episodes": one, "toyScaling.evaluations": one, "toyScaling.populationSize": one,
                "toyScaling.sampleSize": one, "toyScaling.episodes": one]
    }

    public static func defaultConfig(for scale: Scale) -> Config {
        let smoke = scale == .smoke
        return Config(
            seeds: smoke ? [1, 2] : Array(1...20),
            accelNASBench: Setting(evaluations: smoke ? 40 : 300, populationSize: 20, sampleSize: 10,
                                   learningRate: 0.05, episodes: 6),
            toyScaling: Setting(evaluations: smoke ? 20 : 60, populationSize: 10, sampleSize: 3,
                                learningRate: 2, episodes: 4))
    }

    public static let upstream = ["accel-nasbench/surrogate-fit"]

    /// One benchmark's aggregated curves.
    struct Panelled {
        var title: String
        var key: String
        var yLabel: String
        var curves: [(name: String, key: String, trace: AggregatedTrace, finals: [Double])]
        var optimum: Double?
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let accuracy = try GradientBoostedTrees.load(
            from: context.upstreamArtifact(of: "accel-nasbench/surrogate-fit", named: "surrogate-accuracy.json"))
        let anbSpace = try CategoricalSpace(cardinalities: (0..<AccelNASBench.blockCount).flatMap { block in
            [3, 2, AccelNASBench.Architecture.choices("l", block: block).count, 2]
        })
        let anbObjective = ClosureObjective<CategoricalPoint>(cost: 1) { point in
            accuracy.predict(point.choices.map(Double.init))
        }
        let toy = try ToyScalingBenchmark()
        let progress = context.progress("searching", total: config.seeds.count * 6)
        let benchmarks = [
            Panelled(title: "Accel-NASBench accuracy surrogate", key: "anb", yLabel: "best predicted top-1 (%)",
                     curves: try curves(space: anbSpace, objective: anbObjective, setting: config.accelNASBench,
                                        seeds: config.seeds, progress: progress), optimum: nil),
            Panelled(title: "RL-scaling toy environment", key: "toy", yLabel: "best accuracy (feasible)",
                     curves: try curves(space: toy.space, objective: toy.objective, setting: config.toyScaling,
                                        seeds: config.seeds, progress: progress), optimum: toy.optimum.value),
        ]

        var numbers: [String: Double] = ["toy.optimum": toy.optimum.value]
        for benchmark in benchmarks {
            for curve in benchmark.curves {
                numbers["\(benchmark.key).\(curve.key).final_best.mean"] = Descriptive.mean(curve.finals)
                if let optimum = benchmark.optimum {
                    let hits = curve.finals.filter { abs($0 - optimum) < 1e-12 }.count
                    numbers["\(benchmark.key).\(curve.key).optimum_rate"] = Double(hits) / Double(curve.finals.count)
                }
            }
        }
        _ = try figure(benchmarks).write(to: context.output("anytime"))
        try table(benchmarks).write(to: context.output("anytime-summary"))
        let rates = ["rs", "re", "reinforce"].map { key in
            "\(key) \(NumberFormat.fixed(digits: 2).string(numbers["toy.\(key).optimum_rate"] ?? .nan))"
        }.joined(separator: ", ")
        return RunResult(numbers: numbers, notes: [
            "Bands: mean ± sample std over \(config.seeds.count) seeds; x = evaluations (each costs 1 simulated second).",
            "Toy: w, d ∈ {0.1, …, 1.0}; infeasible (latency w² + d² > 1) points score 0.",
            "Fraction of seeds that hit the toy optimum within \(config.toyScaling.evaluations) evaluations: \(rates) (uniform sampling with replacement would hit it with probability 1 − 0.99^\(config.toyScaling.evaluations) = \(NumberFormat.fixed(digits: 2).string(1 - pow(0.99, Double(config.toyScaling.evaluations)))))."
        ])
    }

    static func curves<O: Objective>(
        space: CategoricalSpace, objective: O, setting: Setting, seeds: [Int], progress: Harness.Progress
    ) throws -> [(name: String, key: String, trace: AggregatedTrace, finals: [Double])] where O.Point == CategoricalPoint {
        let budget = Budget.evaluations(setting.evaluations)
        var results: [[SearchResult<CategoricalPoint>]] = [[], [], []]
        for seed in seeds {
            var generator = SeededGenerator(seed: UInt64(seed))
            results[0].append(try RandomSearch().run(space: space, objective: objective, budget: budget, using: &generator))
            generator = SeededGenerator(seed: UInt64(seed))
            results[1].append(try RegularizedEvolution(populationSize: setting.populationSize, sampleSize: setting.sampleSize)
                .run(space: space, objective: objective, budget: budget, using: &generator))
            generator = SeededGenerator(seed: UInt64(seed))
            results[2].append(try Reinforce(learningRate: setting.learningRate, baselineDecay: 0.9, batchSize: setting.episodes)
                .run(space: space, objective: objective, budget: budget, using: &generator).result)
            progress.advance(by: 3)
        }
        let grid = Search.Grid.linear(from: 1, to: Double(setting.evaluations), count: min(setting.evaluations, 200))
        return zip(["Random search", "Regularized evolution", "REINFORCE"], ["rs", "re", "reinforce"]).enumerated().map {
            index, names in
            (names.0, names.1, AggregatedTrace(results: results[index], grid: grid, axis: .evaluations),
             results[index].compactMap(\.trace.finalBestValue))
        }
    }

    static func figure(_ benchmarks: [Panelled]) -> Figure {
        var figure = Figure(rows: 1, columns: benchmarks.count, size: .inches(6.75, 2.8),
                            title: "Anytime best value, mean ± std over seeds")
        figure.legend = .bottom
        let palette = figure.theme.palette
        for (index, benchmark) in benchmarks.enumerated() {
            var panel = Panel(title: benchmark.title, xLabel: "evaluations", yLabel: benchmark.yLabel)
            for (position, curve) in benchmark.curves.enumerated() {
                let trace = curve.trace
                let color = palette[position % palette.count]
                panel.add(BandSeries(x: trace.grid, lower: zip(trace.mean, trace.standardDeviation).map { $0 - $1 },
                                     upper: zip(trace.mean, trace.standardDeviation).map { $0 + $1 }, color: color))
                panel.add(LineSeries(x: trace.grid, y: trace.mean, label: index == 0 ? curve.name : nil, color: color))
            }
            if let optimum = benchmark.optimum { panel.add(ReferenceLine.horizontal(optimum, label: index == 0 ? nil : "optimum")) }
            figure.panels[index] = panel
        }
        return figure
    }

    static func table(_ benchmarks: [Panelled]) -> Table {
        var table = Table(
            title: "Final best value (mean ± std over seeds)",
            columns: [Column("Benchmark"), Column("Optimizer"), Column("Final best", format: .fixed(digits: 4))],
            identifier: "tab:engines-anytime")
        for benchmark in benchmarks {
            for curve in benchmark.curves {
                table.addRow([.text(benchmark.title), .text(curve.name),
                              .numberWithStd(Descriptive.mean(curve.finals),
                                             std: curve.finals.count > 1 ? Descriptive.standardDeviation(curve.finals, ddof: 1) : 0)])
            }
        }
        return table
    }
}
