import Harness
import Numerics
import TabularStore
import Tables

/// TRAILS Table 3 recomputed: the SRCC of every TFMEM with the AUC of our benchmark's
/// architectures (`trails/benchmark`).
public enum TrailsTable3Recomputed: Experiment {
    /// Settings of the recomputed column.
    public struct Config: ExperimentConfig {
        /// Datasets of the recomputed column (our benchmark, `trails/benchmark`).
        public var datasets: [String]
        /// Bootstrap resamples of the architectures for each SRCC's spread.
        public var bootstrapResamples: Int
        /// Seed of the bootstrap.
        public var bootstrapSeed: UInt64
    }

    public static let info = ExperimentInfo(
        id: "trails/table3/recomputed", title: "SRCC of training-free metrics (TFMEMs) on our benchmark",
        reproduces: "Table 3", order: 3,
        note: "Recomputed variant: every TFMEM scored by our engines on our benchmark's architectures, rank-correlated with their validation AUC at the ground-truth epoch.")

    /// The figure and its numbers are per dataset of our benchmark.
    public static var nonEmptyKeys: Set<String> { ["datasets"] }

    /// Every dataset is one our benchmark builds, checked before anything runs.
    public static func validate(_ config: Config) throws { _ = try BenchmarkDataset.named(config.datasets) }

    public static func defaultConfig(for scale: Scale) -> Config { Config(datasets: ["frappe", "uci_diabetes"], bootstrapResamples: scale == .smoke ? 20 : 1000,
                                                                       bootstrapSeed: 3) }

    /// Reads our benchmark.
    public static var upstream: [String] { ["trails/benchmark"] }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        try TrailsTable3.runRecomputed(config: config, context: context)
    }
}

extension TrailsTable3 {
    /// Table 3's names for our metrics (the claim keys), in the paper's row order.
    static let recomputedRows: [(key: String, display: String, metric: String)] = [
        ("gradnorm", "GradNorm", "grad_norm"), ("naswot", "NASWOT", "naswot"), ("ntkcond", "NTKCond", "ntk_cond"),
        ("ntktrace", "NTKTrace", "ntk_trace"), ("ntktrappx", "NTKTrAppx", "ntk_trace_approx"), ("fisher", "Fisher", "fisher"),
        ("grasp", "GraSP", "grasp"), ("snip", "SNIP", "snip"), ("synflow", "SynFlow", "synflow"), ("jacflow", "JacFlow", "jacflow"),
        ("jacflow_online", "JacFlow (online |SynFlow+NASWOT|)", "jacflow_online"), ("express_flow", "ExpressFlow (ATLAS)", "express_flow"),
    ]

    /// JacFlow's place among the paper's ten TFMEM rows by signed SRCC (1 = highest; ties share
    /// the better place), NaN when JacFlow has no SRCC.
    static func jacFlowRank(_ srcc: [String: Double]) -> Double {
        guard let jacflow = srcc["jacflow"], jacflow.isFinite else { return .nan }
        let others = recomputedRows.prefix(10).map(\.metric).filter { $0 != "jacflow" }
        return Double(1 + others.filter { (srcc[$0] ?? -.infinity) > jacflow }.count)
    }

    /// The recomputed SRCC column: every TFMEM against our benchmark's AUC at the ground-truth epoch.
    static func runRecomputed(config: TrailsTable3Recomputed.Config, context: RunContext) throws -> RunResult {
        var numbers: [String: Double] = [:]
        var columns: [[String: Double]] = []
        var counts: [Int] = []
        var bootstrapNotes: [String] = []
        for name in config.datasets {
            let store = try BenchmarkStore(readingFrom: context.upstreamArtifact(of: "trails/benchmark", named: try BenchmarkDataset.named(name).storeFileName).path)
            let benchmark = try store.benchmark()
            let epoch = try store.groundTruthEpoch(of: benchmark)
            let rho = try benchmark.rankCorrelations(epoch: epoch)
            let byName = Dictionary(uniqueKeysWithValues: rho.map { ($0.name, $0.srcc) })
            let spread = try bootstrapSpread(benchmark, epoch: epoch, resamples: config.bootstrapResamples,
                                             seed: config.bootstrapSeed)
            for row in recomputedRows {
                numbers["recomputed.\(row.key).\(name).srcc"] = byName[row.metric] ?? .nan
                if let sd = spread[row.metric], sd.isFinite { numbers["recomputed.\(row.key).\(name).srcc_bootstrap_sd"] = sd }
            }
            numbers["recomputed.\(name).jacflow.rank_among_tfmems"] = jacFlowRank(byName)
            let sds = recomputedRows.compactMap { spread[$0.metric] }.filter(\.isFinite)
            bootstrapNotes.append("\(name): bootstrap SD of ρ over \(config.bootstrapResamples) resamples of the \(benchmark.count) architectures ranges from \(formatNumber(sds.min() ?? .nan)) to \(formatNumber(sds.max() ?? .nan)) (recomputed.<metric>.\(name).srcc_bootstrap_sd)")
            columns.append(byName)
            counts.append(benchmark.count)
        }
        var table = Table(
            title: "TRAILS Table 3 (recomputed on our benchmark): SRCC with validation AUC",
            columns: [Column("TFMEM")] + zip(config.datasets, counts).map {
                Column("\($0.0) (n=\($0.1))", format: .fixed(digits: 2), highlight: .max)
            },
            identifier: "trails-table3-recomputed")
        for row in recomputedRows {
            table.addRow([.text(row.display)] + columns.map { .number($0[row.metric] ?? .nan) })
        }
        try table.write(to: context.output("table3-recomputed"), formats: [.csv, .markdown, .latex])
        return RunResult(numbers: numbers, notes: [
            "Recomputed: SRCC over the architectures of our own benchmark (trails/benchmark), AUC at the ground-truth epoch (the epoch at which our models have seen as many training rows as TRAILS's at theirs: see trails/benchmark); JacFlow is the benchmark's rank fusion (rank NASWOT + rank SynFlow)/N over our sample.",
        ] + bootstrapNotes)
    }
}
