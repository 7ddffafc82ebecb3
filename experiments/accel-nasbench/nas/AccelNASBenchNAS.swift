import Datasets
import Foundation
import Harness
import Plotting
import Randomness
import Search
import Statistics
import Surrogate
import Tables

/// NAS on the Accel-NASBench surrogate benchmark: random search, regularized evolution and
/// REINFORCE on the accuracy surrogate (anytime best-accuracy curves over seeds), and the
/// bi-objective REINFORCE with reward acc × (throughput/target)^w for one device.
public enum AccelNASBenchNAS: Experiment {
    /// Settings.
    public struct Config: ExperimentConfig {
        /// Seeds of the uni-objective runs.
        public var seeds: [Int]
        /// Evaluations per uni-objective run (RE: 600 iterations; REINFORCE: 100 epochs × 6).
        public var evaluations: Int
        /// Regularized evolution population P and tournament sample S.
        public var populationSize: Int
        public var sampleSize: Int
        /// REINFORCE step size on the policy logits, baseline decay, episodes per update, entropy weight.
        public var learningRate: Double
        public var baselineDecay: Double
        public var episodes: Int
        public var entropyWeight: Double
        /// The bi-objective search: device, its throughput target, reward exponent, epochs and seed.
        public var device: String
        public var target: Double
        public var exponent: Double
        public var biObjectiveEpochs: Int
        public var biObjectiveSeed: Int
    }

    public static let info = ExperimentInfo(
        id: "accel-nasbench/nas", title: "NAS on the surrogate benchmark",
        reproduces: "Uni-objective trajectories and Figure 4(c) bi-objective search", order: 6,
        note: """
            Optimizers from our Search engine on our refitted surrogates (accel-nasbench/surrogate-fit). Our \
            REINFORCE keeps one softmax per decision (the repo's controller is an LSTM trained with Adam).
            """)

    /// The curves and numbers are over seeds.
    public static var nonEmptyKeys: Set<String> { ["seeds"] }

    /// Each search needs at least one evaluation, population member, tournament entrant and episode per update.
    public static var configRanges: [String: ClosedRange<Double>] {
        let one = ConfigCoding.atLeastOne
        return ["evaluations": one, "populationSize": one, "sampleSize": one, "episodes": one]
    }

    public static func defaultConfig(for scale: Scale) -> Config {
        Config(
            seeds: scale == .smoke ? [1, 2] : Array(1...10), evaluations: scale == .smoke ? 60 : 600,
            populationSize: 20, sampleSize: 10, learningRate: 0.05, baselineDecay: 0.95, episodes: 6,
            entropyWeight: 1e-5, device: "vck190", target: 3000, exponent: 0.07,
            biObjectiveEpochs: scale == .smoke ? 10 : 250, biObjectiveSeed: 1)
    }

    public static func inputs(for config: Config) -> [DataInput] { [DataInput(AccelNASBench.datasetPath)] }

    public static let upstream = ["accel-nasbench/surrogate-fit"]

    /// The Accel-NASBench space: one decision per feature, option index = ordinal code.
    static func space() throws -> CategoricalSpace {
        try CategoricalSpace(AccelNASBench.Architecture.featureNames.enumerated().map { index, name in
            let block = index / 4
            switch index % 4 {
            case 0: return CategoricalDecision(name: name, values: AccelNASBench.Architecture.choices("e", block: block))
            case 1: return CategoricalDecision(name: name, values: AccelNASBench.Architecture.choices("k", block: block))
            case 2: return CategoricalDecision(name: name, values: AccelNASBench.Architecture.choices("l", block: block))
            default: return CategoricalDecision(name: name, options: ["true", "false"])
            }
        })
    }

    /// Two seeds at least, for the spread the bars show, and a device the dataset measured.
    public static func validate(_ config: Config) throws {
        guard config.seeds.count >= 2 else {
            throw HarnessError.badOverride("seeds: need at least two (the bars show the spread over seeds)")
        }
        _ = try chosenDevice(config)
    }

    /// The device `config` names.
    static func chosenDevice(_ config: Config) throws -> AccelNASBench.Device {
        try ConfigChoice.named(config.device, key: "device", noun: "device")
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let device = try chosenDevice(config)
        let source = "accel-nasbench/surrogate-fit"
        let accuracy = try GradientBoostedTrees.load(
            from: context.upstreamArtifact(of: source, named: "surrogate-accuracy.json"))
        let throughput = try GradientBoostedTrees.load(
            from: context.upstreamArtifact(of: source, named: "surrogate-throughput_\(device.rawValue).json"))
        let space = try space()
        let objective = ClosureObjective<CategoricalPoint> { point, _ in
            let row = point.choices.map(Double.init)
            return Evaluation(value: accuracy.predict(row), cost: 1, metrics: ["throughput": throughput.predict(row)])
        }

        let budget = Budget.evaluations(config.evaluations)
        let reinforce = Reinforce(learningRate: config.learningRate, baselineDecay: config.baselineDecay,
                                  entropyWeight: config.entropyWeight, batchSize: config.episodes)
        var runs: [(name: String, results: [SearchResult<CategoricalPoint>])] = [
            ("Random search", []), ("Regularized evolution", []), ("REINFORCE", []),
        ]
        let progress = context.progress("searching", total: config.seeds.count * 3)
        for seed in config.seeds {
            var generator = SeededGenerator(seed: UInt64(seed))
            runs[0].results.append(try RandomSearch().run(
                space: space, objective: objective, budget: budget, using: &generator))
            generator = SeededGenerator(seed: UInt64(seed))
            runs[1].results.append(try RegularizedEvolution(
                populationSize: config.populationSize, sampleSize: config.sampleSize
            ).run(space: space, objective: objective, budget: budget, using: &generator))
            generator = SeededGenerator(seed: UInt64(seed))
            runs[2].results.append(try reinforce.run(
                space: space, objective: objective, budget: budget, using: &generator).result)
            progress.advance(by: 3)
        }
        let grid = Search.Grid.linear(from: 1, to: Double(config.evaluations), count: min(config.evaluations, 200))
        let curves = runs.map { (name: $0.name, trace: AggregatedTrace(results: $0.results, grid: grid, axis: .evaluations)) }

        // Bi-objective REINFORCE.
        let reward = Reward.scaledByPerformance(performance: "throughput", target: config.target, exponent: config.exponent)
        let biObjective = Reinforce(learningRate: config.learningRate, baselineDecay: config.baselineDecay,
                                    entropyWeight: config.entropyWeight, batchSize: config.episodes, reward: reward)
        var generator = SeededGenerator(seed: UInt64(config.biObjectiveSeed))
        let search = try biObjective.run(
            space: space, objective: objective, budget: .evaluations(config.biObjectiveEpochs * config.episodes),
            using: &generator).result
        let sampled = search.trace.points.map { point -> Sampled in
            let row = point.point.choices.map(Double.init)
            return Sampled(accuracy: point.value, throughput: throughput.predict(row),
                           epoch: (point.evaluations - 1) / config.episodes)
        }
        let front = ParetoFront.indices(x: sampled.map(\.throughput), y: sampled.map(\.accuracy))

        let dataset = try AccelNASBench.Dataset.load(from: context.input(AccelNASBench.datasetPath))
        let measured = dataset.records.compactMap { record in
            record.throughput[device]?.mean.map { (throughput: $0, accuracy: record.top1) }
        }

        var numbers: [String: Double] = ["dataset.max_top1": measured.map(\.accuracy).max() ?? .nan]
        let keys = ["rs", "re", "reinforce"]
        for (key, run) in zip(keys, runs) {
            let finals = run.results.compactMap(\.trace.finalBestValue)
            numbers["\(key).final_best.mean"] = finals.reduce(0, +) / Double(max(finals.count, 1))
            numbers["\(key).final_best.std"] = Descriptive.standardDeviation(finals, ddof: 1)
        }
        numbers["re_minus_rs.final_best"] = (numbers["re.final_best.mean"] ?? 0) - (numbers["rs.final_best.mean"] ?? 0)
        numbers["reinforce_minus_rs.final_best"] =
            (numbers["reinforce.final_best.mean"] ?? 0) - (numbers["rs.final_best.mean"] ?? 0)
        let rewards = sampled.map { reward(Evaluation(value: $0.accuracy, metrics: ["throughput": $0.throughput])) }
        if let best = rewards.indices.max(by: { rewards[$0] < rewards[$1] }) {
            numbers["biobjective.best_reward"] = rewards[best]
            numbers["biobjective.best_reward.accuracy"] = sampled[best].accuracy
            numbers["biobjective.best_reward.throughput"] = sampled[best].throughput
        }
        numbers["biobjective.pareto_count"] = Double(front.count)
        let lastEpoch = sampled.filter { $0.epoch >= config.biObjectiveEpochs - 10 }
        numbers["biobjective.last10.mean_throughput"] = lastEpoch.map(\.throughput).reduce(0, +) / Double(max(lastEpoch.count, 1))
        numbers["biobjective.last10.mean_accuracy"] = lastEpoch.map(\.accuracy).reduce(0, +) / Double(max(lastEpoch.count, 1))

        _ = try anytimeFigure(curves).write(to: context.output("nas-anytime"))
        _ = try biObjectiveFigure(sampled: sampled, front: front, measured: measured, device: device,
                                  target: config.target).write(to: context.output("nas-biobjective-\(device.rawValue)"))
        try summaryTable(runs: runs.map(\.name), numbers: numbers, keys: keys).write(to: context.output("nas-summary"))
        try paretoTable(sampled: sampled, front: front, space: space).write(to: context.output("nas-pareto-\(device.rawValue)"))
        return RunResult(numbers: numbers, notes: [
            "Accuracies are surrogate predictions of proxified-training top-1 (the benchmark's scale), not fully trained ImageNet accuracies.",
        ])
    }

    /// One architecture sampled by the bi-objective search.
    struct Sampled {
        var accuracy: Double
        var throughput: Double
        var epoch: Int
    }
}
