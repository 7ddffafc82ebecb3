import Diagnostics
import Foundation

extension AccelNASBench {
    /// The training scheme of an ablation CSV.
    public enum TrainingScheme: String, Sendable, Hashable, Codable, CaseIterable {
        /// The cheap proxified scheme the dataset uses.
        case proxified
        /// The reference few-proxy scheme.
        case fewProxy = "fewproxy"
    }

    /// One row of an ablation CSV (`plots/ablations_plots/csvs/<scheme>-seed<s>.csv`):
    /// an architecture trained under one scheme and seed.
    public struct AblationRecord: Sendable, Hashable, Codable {
        /// Row index (column 1).
        public var index: Int
        /// Cluster job id (column 2).
        public var jobID: Int
        /// Model number (column 3); the same architecture has the same number in all six files.
        public var modelNumber: Int
        /// Model seed (column 4).
        public var modelSeed: Int
        /// Top-1 accuracy in percent.
        public var top1: Double
        /// Top-5 accuracy in percent.
        public var top5: Double
        /// Multiply-accumulates in millions.
        public var macs: Double
        /// Parameters in millions.
        public var params: Double
        /// Training time in seconds.
        public var trainTime: Double
        /// The architecture (columns 10–37: e×7, k×7, l×7, se×7).
        public var architecture: Architecture
    }

    /// The path of an ablation CSV relative to the data root.
    public static func ablationPath(_ scheme: TrainingScheme, seed: Int) -> String {
        "accel-nasbench/plots/ablations_plots/csvs/\(scheme.rawValue)-seed\(seed).csv"
    }

    /// The ablation CSVs of every scheme (in ``TrainingScheme`` order) and each of `seeds`,
    /// relative to the data root: what an experiment reading them declares as inputs.
    public static func ablationPaths(seeds: some Sequence<Int>) -> [String] {
        TrainingScheme.allCases.flatMap { scheme in seeds.map { ablationPath(scheme, seed: $0) } }
    }

    /// Loads the ablation CSV at `url` (see ``ablationPath(_:seed:)``).
    public static func loadAblation(from url: URL) throws -> [AblationRecord] {
        guard let data = try? Data(contentsOf: url) else {
            throw LoadError(file: url.path, reason: "cannot read file (\(DataRootHint.text))")
        }
        return try parseAblation(data, fileName: url.lastPathComponent)
    }

    /// Parses an ablation CSV (no header, 37 columns, LF or CRLF line ends).
    public static func parseAblation(_ data: Data, fileName: String) throws(LoadError) -> [AblationRecord] {
        let text = String(decoding: data, as: UTF8.self)
        var rows: [AblationRecord] = []
        // "\r\n" is one Character in Swift, so split on any newline character.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (offset, line) in lines.enumerated() {
            if line.isEmpty { continue }
            rows.append(try parseAblationRow(line, file: fileName, line: offset + 1))
        }
        if rows.isEmpty { throw LoadError(file: fileName, line: lines.count, reason: "no rows") }
        return rows
    }

    private static func parseAblationRow(
        _ text: Substring, file: String, line: Int
    ) throws(LoadError) -> AblationRecord {
        let cells = text.split(separator: ",", omittingEmptySubsequences: false)
        guard cells.count == 37 else {
            throw LoadError(file: file, line: line, reason: "expected 37 columns, got \(cells.count)")
        }
        func int(_ column: Int) throws(LoadError) -> Int {
            guard let value = Int(cells[column]) else {
                throw LoadError(file: file, line: line, key: "column \(column + 1)",
                                reason: "expected an integer, got '\(cells[column])'")
            }
            return value
        }
        func double(_ column: Int) throws(LoadError) -> Double {
            try LoadError.finiteNumber(cells[column], file: file, line: line, key: "column \(column + 1)")
        }
        func bool(_ column: Int) throws(LoadError) -> Bool {
            switch cells[column] {
            case "True", "true": return true
            case "False", "false": return false
            default:
                throw LoadError(file: file, line: line, key: "column \(column + 1)",
                                reason: "expected True or False, got '\(cells[column])'")
            }
        }
        var blocks: [Block] = []
        for block in 0..<blockCount {
            blocks.append(Block(
                expansion: try int(9 + block), kernel: try int(16 + block),
                layers: try int(23 + block), squeezeExcite: try bool(30 + block)))
        }
        let architecture: Architecture
        do {
            architecture = try Architecture(blocks: blocks)
        } catch {
            throw LoadError(file: file, line: line, key: error.key, reason: error.reason)
        }
        return AblationRecord(
            index: try int(0), jobID: try int(1), modelNumber: try int(2), modelSeed: try int(3),
            top1: try double(4), top5: try double(5), macs: try double(6), params: try double(7),
            trainTime: try double(8), architecture: architecture)
    }
}
