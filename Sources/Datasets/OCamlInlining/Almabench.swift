import Diagnostics
import Foundation

extension OCamlInlining {
    /// One early random-override almabench run (fyp-experiments).
    public struct AlmabenchRun: Sendable, Hashable, Decodable {
        /// The run folder index.
        public var run: Int
        /// The result id in the run.
        public var id: Int
        /// The overrides as an S-expression.
        public var overridesSexp: String
        /// Number of decisions.
        public var numDecisions: Int
        /// Number of inlined decisions.
        public var numInlined: Int
        /// Raw execution times in seconds.
        public var times: [Double]

        enum CodingKeys: String, CodingKey {
            case run, id, overridesSexp = "overrides_sexp", numDecisions = "num_decisions"
            case numInlined = "num_inlined", times = "raw_execution_time"
        }

        /// Decodes a line, converting the printed times.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            run = try container.decode(Int.self, forKey: .run)
            id = try container.decode(Int.self, forKey: .id)
            overridesSexp = try container.decode(String.self, forKey: .overridesSexp)
            numDecisions = try container.decode(Int.self, forKey: .numDecisions)
            numInlined = try container.decode(Int.self, forKey: .numInlined)
            times = try OCamlInlining.decodeDurations(container, key: .times)
        }
    }

    /// Loads `fyp_experiments_almabench_random_runs.jsonl`.
    public static func loadAlmabenchRuns(from url: URL) throws -> [AlmabenchRun] {
        try parseAlmabenchRuns(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses the almabench-run JSON lines.
    public static func parseAlmabenchRuns(_ data: Data, file: String) throws(LoadError) -> [AlmabenchRun] {
        try ReleasedFile.jsonLines(AlmabenchRun.self, from: data, file: file)
    }

    /// Loads `fyp_experiments_almabench_unified.csv` (no header): id → 13 raw times (s).
    public static func loadAlmabenchUnified(from url: URL) throws -> [(id: Int, times: [Double])] {
        try parseAlmabenchUnified(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses the header-less unified CSV; every line has the same field count.
    public static func parseAlmabenchUnified(_ data: Data, file: String) throws(LoadError) -> [(id: Int, times: [Double])] {
        let lines = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        var rows: [(id: Int, times: [Double])] = []
        var width: Int?
        for (index, line) in lines.enumerated() {
            if line.isEmpty && index == lines.count - 1 { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if let width, fields.count != width {
                throw LoadError(file: file, line: index + 1,
                                        reason: "expected \(width) fields, found \(fields.count) (truncated line?)")
            }
            width = fields.count
            guard let id = Int(fields[0]) else {
                throw LoadError(file: file, line: index + 1, key: "id", reason: "not an integer: '\(fields[0])'")
            }
            var times: [Double] = []
            for (column, text) in fields.enumerated().dropFirst() {
                guard let value = seconds(text) else {
                    throw LoadError(file: file, line: index + 1, key: "[\(column)]", reason: "not a duration: '\(text)'")
                }
                times.append(value)
            }
            rows.append((id, times))
        }
        if rows.isEmpty { throw LoadError(file: file, line: lines.count, reason: "no rows") }
        return rows
    }

    /// One batch-executor log: script and rundir per line.
    public struct ImportantLog: Sendable, Hashable, Codable {
        /// The log's path in the repo.
        public var path: String
        /// The log text.
        public var text: String
    }

    /// Loads `important_logs.jsonl`.
    public static func loadImportantLogs(from url: URL) throws -> [ImportantLog] {
        try parseImportantLogs(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses the important-logs JSON lines.
    public static func parseImportantLogs(_ data: Data, file: String) throws(LoadError) -> [ImportantLog] {
        try ReleasedFile.jsonLines(ImportantLog.self, from: data, file: file)
    }
}
