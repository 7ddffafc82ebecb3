import Datasets
import Foundation
import Harness
import Inlining
import Tables

/// The data-generation table (`print_exec_stats_table.py`): per training benchmark, the
/// original time and the best time simulated annealing and the random walk found.
public enum OCamlInliningDataGeneration: Experiment {
    /// Table settings.
    public struct Config: ScaleFreeConfig {
        /// Decimals of the speed-up column (the script prints 3).
        public var decimals = 3

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "ocaml-inlining/data-generation", title: "Best speed-up found by annealing and random walk",
        reproduces: "Data-generation table (print_exec_stats_table.py)", order: 1,
        note: "Original = the fastest initial (unmodified flambda -O3) run of the annealing data; speed-up = (original − best) / original. "
            + "The thesis PDF is not in the repositories, so the claims are the script's output on the released data.")

    /// Speed-ups of tens of percent carry 15 to 17 significant digits in a double; more decimals print noise.
    public static var configRanges: [String: ClosedRange<Double>] { ["decimals": 0...15] }

    public static func inputs(for config: Config) -> [DataInput] { [DataInput(OCamlInlining.explorationTimesPath)] }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let times = try OCamlInlining.loadExplorationTimes(from: context.input(OCamlInlining.explorationTimesPath))
        guard let all = times[.all], let sa = times[.simulatedAnnealing], let rw = times[.randomWalk] else {
            throw HarnessError.malformedInput(path: OCamlInlining.explorationTimesPath, location: "data", reason: "missing method")
        }
        var rows: [(bench: String, original: Double, sa: Double, rw: Double)] = []
        for bench in all.initialExecTimes.keys.sorted() {
            // The script takes the original time from the annealing runs' initial steps.
            guard let initial = (sa.initialExecTimes[bench] ?? all.initialExecTimes[bench])?.min(), let bestSA = sa.execTimes[bench]?.min(),
                  let bestRW = rw.execTimes[bench]?.min() else { continue }
            rows.append((bench, initial, bestSA, bestRW))
        }
        rows.sort { Speedup.percent(baseline: $0.original, time: $0.sa) > Speedup.percent(baseline: $1.original, time: $1.sa) }
        var table = Tables.Table(title: "Best execution time found during data generation", columns: [
            Column("Benchmark"), Column("Original", unit: "s", format: .fixed(digits: 3)),
            Column("SA best", unit: "s", format: .fixed(digits: 3)),
            Column("SA speed-up", unit: "%", format: .fixed(digits: config.decimals), highlight: .max),
            Column("RW best", unit: "s", format: .fixed(digits: 3)),
            Column("RW speed-up", unit: "%", format: .fixed(digits: config.decimals), highlight: .max),
            Column("SA steps", format: .integer), Column("RW steps", format: .integer),
        ])
        var numbers: [String: Double] = [:]
        var saWins = 0
        for row in rows {
            let saPct = Speedup.percent(baseline: row.original, time: row.sa)
            let rwPct = Speedup.percent(baseline: row.original, time: row.rw)
            numbers["\(row.bench).sa_speedup_pct"] = saPct
            numbers["\(row.bench).rw_speedup_pct"] = rwPct
            numbers["\(row.bench).original_s"] = row.original
            if saPct >= rwPct { saWins += 1 }
            table.addRow([.text(row.bench), .number(row.original), .number(row.sa), .number(saPct), .number(row.rw),
                          .number(rwPct), .number(Double(sa.execTimes[row.bench]?.count ?? 0)),
                          .number(Double(rw.execTimes[row.bench]?.count ?? 0))], group: nil)
        }
        numbers["benchmarks"] = Double(rows.count)
        numbers["sa_at_least_rw"] = Double(saWins)
        try table.write(to: context.output("data-generation"))
        return RunResult(numbers: numbers, notes: [
            "Step counts are explored (geometric-mean) execution times per method; SA includes its initial runs.",
        ])
    }
}
