import Datasets
import Foundation
import Harness
import Plotting
import Statistics
import TabularStore

/// TRAILS Figure 8 recomputed, measured on this machine: the training rows are loaded into SQLite,
/// then TRAILS explores N models (JacFlow on a fresh 32-row batch each) and refines the top K,
/// reading batches from SQLite (in-DB) or after exporting, parsing and loading the table (w/o RDBMS).
public enum TrailsFigure8Recomputed: Experiment {
    /// Settings of the recomputed (measured) variant.
    public struct Config: ExperimentConfig {
        /// Datasets of the recomputed (measured) variant.
        public var datasets: [String]
        /// (N, K) pairs explored in the recomputed variant.
        public var workloads: [[Int]]
        /// Training steps per refined model in the recomputed variant.
        public var iterations: Int
        /// Validation rows used by the refinement's per-epoch check.
        public var validationRows: Int
        /// Seed of the recomputed architectures and batches.
        public var seed: UInt64
        /// Load only the first N training rows into SQLite (0: all; smoke keeps it small).
        public var rowLimit: Int
        /// Repeats of the preprocessing measurement (its median is reported, its spread too).
        public var preprocessingRepeats: Int
    }

    public static let info = ExperimentInfo(
        id: "trails/figure8/recomputed", title: "In-database efficiency measured on this machine",
        reproduces: "Figure 8", order: 8,
        note: "Recomputed variant: the in-DB (SQLite) and out-of-DB (export, parse, load) paths of exploring N models and refining K, timed on this machine on the frappe and diabetes rows.",
        deterministic: false /* times the in-DB and out-of-DB paths on this machine */)

    public static func defaultConfig(for scale: Scale) -> Config {
        Config(datasets: ["frappe", "uci_diabetes"],
               workloads: scale == .smoke ? [[8, 2], [16, 4]] : [[500, 5], [1000, 10], [2000, 20], [4000, 40]],
               iterations: scale == .smoke ? 2 : 100, validationRows: scale == .smoke ? 256 : 4096,
               seed: 8, rowLimit: scale == .smoke ? 2048 : 0,
               preprocessingRepeats: scale == .smoke ? 2 : 5)
    }

    /// At least one training step and validation row (0 read as an empty file), 1 to 100
    /// preprocessing repeats.
    public static var configRanges: [String: ClosedRange<Double>] {
        ["iterations": ConfigCoding.atLeastOne, "validationRows": ConfigCoding.atLeastOne, "preprocessingRepeats": 1...100]
    }

    /// The figure is datasets × (N, K) workloads.
    public static var nonEmptyKeys: Set<String> { ["datasets", "workloads"] }

    /// Every dataset is one our benchmark builds, checked before anything runs.
    public static func validate(_ config: Config) throws { _ = try BenchmarkDataset.named(config.datasets) }

    public static func inputs(for config: Config) -> [DataInput] {
        config.datasets.flatMap { ["datasets/\($0)/valid.libsvm", "datasets/\($0)/test.libsvm"].map { DataInput($0) } }
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        try TrailsFigure8.runRecomputed(config: config, context: context)
    }
}

extension TrailsFigure8 {
    /// The recomputed variant's computation.
    static func runRecomputed(config: TrailsFigure8Recomputed.Config, context: RunContext) throws -> RunResult {
        var numbers: [String: Double] = [:]
        var preIn: [Double] = [], preOut: [Double] = []
        var figure = Figure(rows: 1, columns: 2, size: .inches(6.75, 2.8))
        figure.legend = .top
        try FileManager.default.createDirectory(at: context.workDirectory, withIntermediateDirectories: true)
        var workloadPanel = Plotting.Panel(title: "(a) \(config.datasets.first ?? "") exploring N models", xLabel: "(N, K)", yLabel: "latency (s)")
        let progress = context.progress("in-DB vs out-of-DB", total: config.datasets.count * (1 + config.workloads.count))
        for (index, name) in config.datasets.enumerated() {
            let dataset = try BenchmarkDataset.named(name)
            let dbPath = context.workDirectory.appendingPathComponent("rows-\(name).sqlite").path
            try? FileManager.default.removeItem(atPath: dbPath)
            let table = try RowTable.load(libsvm: context.input(dataset.trainingPath).path, intoDatabaseAt: dbPath, name: "train",
                                          limit: config.rowLimit > 0 ? config.rowLimit : nil)
            let validation = try RowTable.load(libsvm: context.input(dataset.heldOutPath).path, intoDatabaseAt: dbPath + ".valid",
                                               name: "valid", limit: config.validationRows).all()
            let timing = DatabasePathTiming(
                table: table, validation: validation, features: dataset.features, trainingBatch: dataset.batchSize,
                refinementIterations: config.iterations, seed: config.seed,
                exportPath: context.workDirectory.appendingPathComponent("export-\(name).libsvm").path)
            var inRepeats: [Double] = [], outRepeats: [Double] = []
            for _ in 0..<max(1, config.preprocessingRepeats) {
                inRepeats.append(try timing.inDatabase(explored: 1, kept: 0).preprocessing)
                outRepeats.append(try timing.outOfDatabase(explored: 1, kept: 0).preprocessing)
            }
            progress.advance()
            let pre = (Descriptive.median(inRepeats), Descriptive.median(outRepeats))
            numbers["recomputed.\(name).preprocessing.in_db_s"] = pre.0
            numbers["recomputed.\(name).preprocessing.out_db_s"] = pre.1
            numbers["recomputed.\(name).preprocessing.speedup_x"] = pre.1 / pre.0
            numbers["recomputed.\(name).preprocessing.log10_in_db_s"] = log10(pre.0)
            numbers["recomputed.\(name).preprocessing.log10_out_db_s"] = log10(pre.1)
            // Timing noise: log10 of the largest over the smallest of the repeats.
            numbers["recomputed.\(name).preprocessing.log10_in_db_spread"] = log10((inRepeats.max() ?? .nan) / (inRepeats.min() ?? .nan))
            numbers["recomputed.\(name).preprocessing.log10_out_db_spread"] = log10((outRepeats.max() ?? .nan) / (outRepeats.min() ?? .nan))
            preIn.append(pre.0)
            preOut.append(pre.1)
            var withDB: [Double] = [], without: [Double] = []
            for workload in config.workloads {
                let n = workload[0], k = workload[1]
                let a = try timing.inDatabase(explored: n, kept: k), b = try timing.outOfDatabase(explored: n, kept: k)
                progress.advance()
                numbers["recomputed.\(name).workload_\(n).trails_s"] = a.total
                numbers["recomputed.\(name).workload_\(n).without_rdbms_s"] = b.total
                numbers["recomputed.\(name).workload_\(n).without_over_with"] = b.total / a.total
                if withDB.isEmpty { numbers["recomputed.\(name).workload_smallest.without_over_with"] = b.total / a.total }
                withDB.append(a.total)
                without.append(b.total)
            }
            if index == 0 {
                workloadPanel.add(BarChart(categories: config.workloads.map { "(\($0[0]), \($0[1]))" }, groups: [
                    BarGroup(label: "TRAILS", values: withDB, color: Color(hex: 0x2CA02C)),
                    BarGroup(label: "TRAILS w/o RDBMS", values: without, color: Color(hex: 0x1F77B4)),
                ]))
            }
        }
        var prePanel = Plotting.Panel(title: "(b) initial data preprocessing", xLabel: "dataset", yLabel: "time (s)", y: Axis(scale: .log10))
        prePanel.add(BarChart(categories: config.datasets, groups: [
            BarGroup(label: "TRAILS", values: preIn, color: Color(hex: 0x2CA02C)),
            BarGroup(label: "TRAILS w/o RDBMS", values: preOut, color: Color(hex: 0x1F77B4)),
        ]))
        figure.panels[0] = workloadPanel
        figure.panels[1] = prePanel
        _ = try figure.write(to: context.output("figure8-recomputed"))
        return RunResult(numbers: numbers, notes: [
            "Recomputed, measured on this machine (CPU only): in-DB preprocessing = reading the first 32-row batch from SQLite; w/o RDBMS = exporting the table to libsvm, parsing and loading it whole. Exploration: JacFlow on N seeded architectures (a fresh batch each), then \(config.iterations) training steps for each of the top K. Criteo is not available here.",
        ])
    }
}
