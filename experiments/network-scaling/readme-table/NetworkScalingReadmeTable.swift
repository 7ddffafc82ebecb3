import Datasets
import Foundation
import Harness
import Scaling
import Tables

/// The README result tables recomputed: latency and memory of each reported best
/// state from the released look-up tables, fallback MLPs and the memory formula.
public enum NetworkScalingReadmeTable: Experiment {
    /// No tunable settings: the computation is exact.
    public struct Config: ScaleFreeConfig {
        /// Include the six rows read from the README's log image.
        public var includeLogSample = true

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "network-scaling/readme-table", title: "Best states: latency and memory recomputed",
        reproduces: "README result tables", order: 1,
        note: "Latency = measured per-block look-up tables plus the released fallback MLPs; memory = the "
            + "project's torchsummary formula. Accuracy needs 30 epochs of CIFAR-100 training per state and is "
            + "not recomputed.")

    public static func inputs(for config: Config) -> [DataInput] {
        [NetworkScaling.latencyTablePath, NetworkScaling.predictorWeightsPath,
         NetworkScaling.readmeResultsPath, NetworkScaling.logSamplePath].map { DataInput($0) }
    }

    /// Number keys of the README rows, in file order.
    static let settingKeys = ["rpi_mem10", "rpi_mem100", "jetson_cpu", "jetson_gpu"]

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let table = try NetworkScaling.loadLatencyTable(from: context.input(NetworkScaling.latencyTablePath))
        let weights = try NetworkScaling.loadPredictorWeights(from: context.input(NetworkScaling.predictorWeightsPath))
        let readme = try NetworkScaling.ReadmeResult.load(from: context.input(NetworkScaling.readmeResultsPath))
        var numbers: [String: Double] = [:]
        var out = Tables.Table(title: "README best states: reported vs recomputed", columns: [
            Column("Setting"), Column("Best (w, d, r)"), Column("Blocks/stage", format: .integer),
            Column("Latency reported", unit: "s", format: .fixed(digits: 2)),
            Column("Latency ours", unit: "s", format: .fixed(digits: 4)),
            Column("Memory reported", unit: "MB", format: .fixed(digits: 2)),
            Column("Memory ours", unit: "MB", format: .fixed(digits: 2)),
            Column("MLP-predicted modules", format: .integer),
            Column("Accuracy reported", unit: "%", format: .fixed(digits: 2)),
        ])
        for (index, row) in readme.enumerated() {
            let key = index < settingKeys.count ? settingKeys[index] : "row\(index)"
            let models = try ScalingModels(platform: row.platform, device: row.device, table: table, predictors: weights)
            let state = ScalingState.reached(from: (row.initial[0], row.initial[1], row.initial[2]),
                                             to: (row.best[0], row.best[1], row.best[2]))
            let result = models.evaluate(state)
            numbers["\(key).latency_s"] = result.latency
            numbers["\(key).memory_mb"] = result.memory
            numbers["\(key).latency_s_rounded"] = ScalingModels.rounded(
                result.latency, decimals: ScalingModels.decimals(of: row.latencyText))
            numbers["\(key).memory_mb_rounded"] = ScalingModels.rounded(
                result.memory, decimals: ScalingModels.decimals(of: row.memoryText))
            numbers["\(key).blocks_per_stage"] = Double(result.network.blocksPerStage)
            let setting = "\(row.platform) \(row.device), \(formatted(row.latencyBound)) s, \(formatted(row.memoryBound)) MB"
            out.addRow([.text(setting), .text("(\(formatted(row.best[0])), \(formatted(row.best[1])), \(formatted(row.best[2])))"),
                        .number(Double(result.network.blocksPerStage)), .number(row.latency), .number(result.latency),
                        .number(row.memory), .number(result.memory), .number(Double(result.predictedModules)),
                        .number(row.accuracy)], group: "README")
        }
        if config.includeLogSample {
            let log = try NetworkScaling.LogSample.load(from: context.input(NetworkScaling.logSamplePath))
            let models = try ScalingModels(platform: "jetson", device: "cpu", table: table, predictors: weights)
            var worstLatency = 0.0, worstMemory = 0.0
            for sample in log {
                let state = ScalingState.reached(from: (2, 2, 32), to: (sample.state[0], sample.state[1], sample.state[2]))
                let result = models.evaluate(state)
                worstLatency = max(worstLatency, abs(ScalingModels.rounded(result.latency, decimals: 2) - sample.latency))
                worstMemory = max(worstMemory, abs(ScalingModels.rounded(result.memory, decimals: 2) - sample.memory))
                out.addRow([.text("jetson cpu, 1 s, 500 MB (log.png)"),
                            .text("(\(formatted(sample.state[0])), \(formatted(sample.state[1])), \(formatted(sample.state[2])))"),
                            .number(Double(result.network.blocksPerStage)), .number(sample.latency), .number(result.latency),
                            .number(sample.memory), .number(result.memory), .number(Double(result.predictedModules)),
                            sample.accuracy.map { Cell.number($0) } ?? .empty], group: "log.png sample")
            }
            numbers["log.max_latency_error_s"] = worstLatency
            numbers["log.max_memory_error_mb"] = worstMemory
        }
        try out.write(to: context.output("readme-table"))
        return RunResult(numbers: numbers, notes: [
            "States are replayed in Float32 steps of ±0.1 from the run's initial state, so d = 1.5 reached from 2.0 "
                + "is 1.4999999 and builds max(1, int(2d)) = 2 blocks per stage (3 would give 142 MB, not 91.7 MB).",
            "Jetson has no measured table at r = 32, so every module there is predicted by the released MLPs.",
            "Log rows are replayed from the jetson run's initial state (2.0, 2.0, 32).",
        ])
    }

    static func formatted(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%g", value)
    }
}
