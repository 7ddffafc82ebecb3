import Datasets
import Foundation
import Harness
import Plotting
import Statistics
import Tables

/// Proxified vs few-proxy training of the 117 ablation architectures: mean top-1 over
/// three seeds with per-architecture error bars, rank agreement, and the training cost.
public enum AccelNASBenchProxified: Experiment {
    /// Settings.
    public struct Config: ScaleFreeConfig {
        /// Training seeds per scheme (the CSVs hold 1, 2, 3).
        public var seeds: [Int] = [1, 2, 3]
        /// Power drawn by one 4-GPU node while training, kW (the repo's script: 1.5).
        public var nodeKilowatts: Double = 1.5
        /// Carbon intensity of the grid, kg CO₂-e per kWh (the repo's script: 0.71).
        public var carbonIntensity: Double = 0.71

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "accel-nasbench/proxified", title: "Proxified vs few-proxy training",
        reproduces: "Proxy-fidelity scatter (repo underfitting_vs_true.pdf)", order: 3,
        note: "Recomputed from the six released ablation CSVs (117 architectures × 3 seeds × 2 schemes); no surrogate involved.")

    /// The released ablation CSVs hold seeds 1, 2 and 3.
    public static var configRanges: [String: ClosedRange<Double>] { ["seeds": 1...3] }

    public static func inputs(for config: Config) -> [DataInput] {
        AccelNASBench.ablationPaths(seeds: config.seeds).map { DataInput($0) }
    }

    /// Two seeds at least: the scatter's error bars are the spread over seeds.
    public static func validate(_ config: Config) throws {
        guard config.seeds.count >= 2 else { throw HarnessError.badOverride("seeds: need at least two") }
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let proxified = try load(.proxified, seeds: config.seeds, context: context)
        let fewProxy = try load(.fewProxy, seeds: config.seeds, context: context)
        let meanProxified = columnMeans(proxified)
        let meanFewProxy = columnMeans(fewProxy)
        let stdProxified = columnDeviations(proxified)
        let stdFewProxy = columnDeviations(fewProxy)
        // As the repo's script: y_true = proxified means, y_pred = few-proxy means.
        let report = try RegressionReport(truth: meanProxified, prediction: meanFewProxy)
        let hoursProxified = proxified.flatMap { $0.map(\.trainTime) }.reduce(0, +) / 3600
        let hoursFewProxy = fewProxy.flatMap { $0.map(\.trainTime) }.reduce(0, +) / 3600
        let co2 = { (hours: Double) in config.nodeKilowatts * config.carbonIntensity * hours }
        let ratio = hoursFewProxy / hoursProxified

        let numbers: [String: Double] = [
            "architectures": Double(meanProxified.count),
            "kendall": report.kendallTau,
            "spearman": report.spearman,
            "kl": report.klDivergence ?? .nan,
            "hours.proxified": hoursProxified,
            "hours.fewproxy": hoursFewProxy,
            "co2_kg.proxified": co2(hoursProxified),
            "co2_kg.fewproxy": co2(hoursFewProxy),
            "cost_ratio": ratio,
            "mean_sigma.proxified": Descriptive.mean(stdProxified) / 100,
            "mean_sigma.fewproxy": Descriptive.mean(stdFewProxy) / 100,
            "offset.mean": Descriptive.mean(meanFewProxy) - Descriptive.mean(meanProxified),
        ]
        _ = try figure(
            meanFewProxy: meanFewProxy, meanProxified: meanProxified, stdFewProxy: stdFewProxy,
            stdProxified: stdProxified, report: report, co2: (co2(hoursProxified), co2(hoursFewProxy)),
            ratio: ratio
        ).write(to: context.output("proxified-vs-fewproxy"))
        try table(numbers).write(to: context.output("proxified-summary"))
        return RunResult(numbers: numbers, notes: [
            "x error bars: few-proxy std over seeds; y error bars: proxified std (sample std, ddof 1, as statistics.stdev).",
            "Cost: summed train time of all 3 × 117 runs per scheme on one 4-GPU node; CO₂ = kW × kg/kWh × hours.",
        ])
    }

    /// The ablation rows of `scheme` for every seed, checked to list the same models in the same order.
    static func load(_ scheme: AccelNASBench.TrainingScheme, seeds: [Int], context: RunContext)
        throws -> [[AccelNASBench.AblationRecord]]
    {
        let runs = try seeds.map {
            try AccelNASBench.loadAblation(from: context.input(AccelNASBench.ablationPath(scheme, seed: $0)))
        }
        for (seed, run) in zip(seeds, runs) where run.map(\.architecture) != runs[0].map(\.architecture) {
            throw HarnessError.invalidExperiment(
                "\(AccelNASBench.ablationPath(scheme, seed: seed)): architectures differ from seed \(seeds[0])'s")
        }
        return runs
    }

    static func columnMeans(_ runs: [[AccelNASBench.AblationRecord]]) -> [Double] {
        runs[0].indices.map { index in Descriptive.mean(runs.map { $0[index].top1 }) }
    }

    static func columnDeviations(_ runs: [[AccelNASBench.AblationRecord]]) -> [Double] {
        runs[0].indices.map { index in Descriptive.standardDeviation(runs.map { $0[index].top1 }, ddof: 1) }
    }
}
