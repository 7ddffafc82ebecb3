import Diagnostics
import Foundation

extension OCamlInlining {
    /// One worker's runs of one decision set on one benchmark.
    public struct WorkerRun: Sendable, Hashable, Decodable {
        /// The worker host, e.g. `192.168.0.10_0`.
        public var worker: String
        /// The decisions file used (author prefix removed).
        public var decisions: String
        /// The run directory's basename.
        public var rundir: String
        /// Raw execution times in seconds.
        public var times: [Double]

        enum CodingKeys: String, CodingKey { case worker, decisions, rundir, times }

        /// Decodes a row, converting the printed times (`8.087s`, `1.066m`).
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            worker = try container.decode(String.self, forKey: .worker)
            decisions = try container.decode(String.self, forKey: .decisions)
            rundir = try container.decode(String.self, forKey: .rundir)
            times = try OCamlInlining.decodeDurations(container, key: .times)
        }
    }

    /// One `results/<bench>/<group>/<config>.csv` file.
    public struct BenchmarkResult: Sendable, Hashable, Decodable {
        /// The original path in the repo.
        public var path: String
        /// The benchmark, e.g. `almabench`.
        public var benchmark: String
        /// The result group, e.g. `plugins-valid`.
        public var group: String
        /// The configuration, e.g. `plugin_nothing`.
        public var config: String
        /// The worker runs.
        public var rows: [WorkerRun]

        /// Every raw time of every worker, in file order.
        public var allTimes: [Double] { rows.flatMap(\.times) }
    }

    /// Loads `results_benchmark_times.jsonl`.
    public static func loadBenchmarkResults(from url: URL) throws -> [BenchmarkResult] {
        try parseBenchmarkResults(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses benchmark-result JSON lines.
    public static func parseBenchmarkResults(_ data: Data, file: String) throws(LoadError) -> [BenchmarkResult] {
        try ReleasedFile.jsonLines(BenchmarkResult.self, from: data, file: file)
    }
}
