import Datasets
import Foundation
import Harness
import Selection
import SparseData
import Tables
import TabularStore

/// TRAILS filtering scalability recomputed: JacFlow filtering (initialise, then NASWOT + SynFlow
/// on one batch) of the same architectures timed with each worker count on this machine.
public enum TrailsFilterScalingRecomputed: Experiment {
    /// Settings of the recomputed variant.
    public struct Config: ExperimentConfig {
        /// The dataset whose rows the recomputed variant scores on (`uci_diabetes`: 43 fields, near Criteo's 39).
        public var dataset: String
        /// Architectures scored per timed run (the paper: 1,000).
        public var architectures: Int
        /// Rows in the scoring batch (TRAILS: 32).
        public var batchSize: Int
        /// Worker counts timed (this machine has 2 cores).
        public var workers: [Int]
        /// Timed runs per worker count (the paper: 20).
        public var repeats: Int
        /// Seed of the architectures, their weights and the batch.
        public var seed: UInt64
    }

    public static let info = ExperimentInfo(
        id: "trails/filter-scaling/recomputed", title: "Filtering scalability over CPUs, measured on this machine",
        reproduces: "Filtering scalability micro-benchmark", order: 12,
        note: "Recomputed variant: JacFlow (NASWOT + SynFlow) filtering timed on this 2-core machine with 1 and 2 workers (one BLAS thread each), on diabetes rows since Criteo is not available.",
        deterministic: false /* times filtering on this machine */)

    /// At least one architecture, timed run and worker count; a batch of 2 to 4,096 rows, like
    /// trails/benchmark's scoring batch; each worker count 1...256, like `--workers`.
    public static var configRanges: [String: ClosedRange<Double>] {
        ["architectures": ConfigCoding.atLeastOne, "batchSize": 2...4_096,
         "repeats": ConfigCoding.atLeastOne, "workers": 1...256]
    }

    /// The speed-ups are between worker counts.
    public static var nonEmptyKeys: Set<String> { ["workers"] }

    /// The dataset is one our benchmark builds.
    public static func validate(_ config: Config) throws { _ = try BenchmarkDataset.named(config.dataset) }

    public static func defaultConfig(for scale: Scale) -> Config {
        Config(dataset: "uci_diabetes",
               architectures: scale == .smoke ? 8 : 1000, batchSize: scale == .smoke ? 8 : 32,
               workers: [1, 2], repeats: scale == .smoke ? 1 : 3, seed: 12)
    }

    public static func inputs(for config: Config) -> [DataInput] { ((try? BenchmarkDataset.named(config.dataset)).map { [DataInput($0.trainingPath)] } ?? []) }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        try TrailsFilterScaling.runRecomputed(config: config, context: context)
    }
}

extension TrailsFilterScaling {
    /// The recomputed variant: JacFlow filtering (initialise, then NASWOT + SynFlow on one batch)
    /// of the same architectures timed with each worker count, interleaved over the repeats.
    static func runRecomputed(config: TrailsFilterScalingRecomputed.Config, context: RunContext) throws -> RunResult {
        let dataset = try BenchmarkDataset.named(config.dataset)
        let data = try LibSVMDataset(path: context.input(dataset.trainingPath).path)
        let filtering = try FilteringThroughput(data: data, features: dataset.features, architectures: config.architectures,
                                                batchSize: config.batchSize, seed: config.seed)
        let loadBefore = FilteringThroughput.loadAverage()
        let runs = try filtering.measureScaling(workerCounts: config.workers, repeats: config.repeats)
        let loadAfter = FilteringThroughput.loadAverage()
        for run in runs { context.logger.info("\(run.workers) worker(s): \(formatNumber(run.seconds)) s for \(run.scores.count) models") }

        var numbers: [String: Double] = [:]
        var table = Table(
            title: "TRAILS filtering scalability (recomputed on this machine): JacFlow scoring of \(config.dataset) architectures",
            columns: [Column("Workers", format: .integer), Column("Models per run", format: .integer), Column("Runs", format: .integer),
                      Column("Mean total", unit: "s", format: .fixed(digits: 2)), Column("Models per second", format: .fixed(digits: 1)),
                      Column("Speed-up vs 1 worker", unit: "×", format: .fixed(digits: 2)),
                      Column("Cores used", format: .fixed(digits: 2))],
            identifier: "trails-filter-scaling-recomputed")
        let counts = Array(Set(runs.map(\.workers))).sorted()
        let baseline = FilteringMeasurement.meanSeconds(runs, workers: counts.first ?? 1)
        for workers in counts {
            let mean = FilteringMeasurement.meanSeconds(runs, workers: workers)
            let speedUp = mean > 0 ? baseline / mean : 0
            let p = "recomputed.cpus_\(workers)"
            numbers["\(p).mean_total_s"] = mean
            numbers["\(p).models_per_second"] = mean > 0 ? Double(filtering.architectures.count) / mean : 0
            numbers["\(p).speedup_x"] = speedUp
            numbers["\(p).efficiency"] = speedUp / Double(workers)
            numbers["\(p).cores_used"] = FilteringMeasurement.meanCoresUsed(runs, workers: workers)
            table.addRow([.number(Double(workers)), .number(Double(filtering.architectures.count)),
                          .number(Double(runs.filter { $0.workers == workers }.count)), .number(mean),
                          .number(numbers["\(p).models_per_second"] ?? 0), .number(speedUp), .number(numbers["\(p).cores_used"] ?? 0)])
        }
        let first = runs.first?.scores.map { $0.map(\.bitPattern) }
        numbers["recomputed.scores_identical"] = runs.allSatisfy { $0.scores.map { $0.map(\.bitPattern) } == first } ? 1 : 0
        numbers["recomputed.seconds_per_model"] = baseline / Double(filtering.architectures.count)
        numbers["recomputed.cores"] = Double(ProcessInfo.processInfo.activeProcessorCount)
        try table.write(to: context.output("filter-scaling-recomputed"), formats: [.csv, .markdown])
        for warning in try recomputedFigure(runs, models: filtering.architectures.count, dataset: config.dataset)
            .write(to: context.output("filter-scaling-recomputed"), formats: [.pdf, .svg, .png]) {
            context.logger.warning("filter-scaling-recomputed: \(warning)")
        }
        let load = [loadBefore, loadAfter].map { $0.map(formatNumber) ?? "unknown" }
        return RunResult(numbers: numbers, notes: [
            "Recomputed: \(filtering.architectures.count) uniform samples of the 160,000 TRAILS MLPs, each initialised (seeded per architecture) and scored with NASWOT and SynFlow on \(filtering.batch.count) \(config.dataset) rows (\(dataset.features) embedding ids); worker w scores architectures w, w + n, …; OpenBLAS on one thread per worker; \(config.repeats) interleaved run(s) per worker count on a machine with \(ProcessInfo.processInfo.activeProcessorCount) cores.",
            "Every run produced bit-identical scores: \(numbers["recomputed.scores_identical"] == 1 ? "yes" : "no") (the worker count changes only the times).",
            "Cores used (process CPU seconds / wall seconds): \(counts.map { "\($0) worker(s) \(formatNumber(numbers["recomputed.cpus_\($0).cores_used"] ?? 0))" }.joined(separator: ", ")); one-minute load average before / after: \(load[0]) / \(load[1]). Linux shares the CPU fairly between sessions, so while another busy process runs, two workers get about one core between them and the speed-up falls to about 1: the speed-up is only meaningful when the cores used match the workers.",
        ])
    }
}
