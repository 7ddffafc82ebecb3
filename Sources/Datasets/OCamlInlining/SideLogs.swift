import Diagnostics
import Foundation

extension OCamlInlining {
    /// One step of a lasso α search log (each logged α is half the one before).
    public struct AlphaSearchStep: Sendable, Hashable {
        /// The α tried.
        public var alpha: Double
        /// Training R².
        public var rSquared: Double
        /// Validation R² (first 20 % of rows).
        public var validationRSquared: Double
        /// Σ|w|.
        public var weightL1: Double
        /// Number of non-zero weights.
        public var nonZero: Int
    }

    /// The alpha search log of one benchmark and configuration.
    public struct AlphaSearchLog: Sendable, Hashable {
        /// The benchmark (`bdd` or `lexifi`).
        public var benchmark: String
        /// The problem configuration (decay, benefit).
        public var config: String
        /// The steps in log order.
        public var steps: [AlphaSearchStep]
    }

    private struct RawAlphaLog: Decodable {
        var benchmark: String
        var config: String
        var csv: String
    }

    /// Loads `lasso_alpha_search_logs.jsonl`; the embedded CSV is checked row by row.
    public static func loadAlphaSearchLogs(from url: URL) throws -> [AlphaSearchLog] {
        try parseAlphaSearchLogs(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses the alpha-search JSON lines.
    public static func parseAlphaSearchLogs(_ data: Data, file: String) throws(LoadError) -> [AlphaSearchLog] {
        let raws = try ReleasedFile.jsonLines(RawAlphaLog.self, from: data, file: file)
        var logs: [AlphaSearchLog] = []
        for (index, raw) in raws.enumerated() {
            let steps: [AlphaSearchStep]
            do {
                steps = try AlphaSearchStep.parse(Data(raw.csv.utf8), file: "csv")
            } catch {
                throw LoadError(file: file, line: index + 1, key: "csv", reason: error.description)
            }
            logs.append(AlphaSearchLog(benchmark: raw.benchmark, config: raw.config, steps: steps))
        }
        return logs
    }

    /// One row of `roc_results.csv`: the uncertainty threshold B and its scores.
    public struct ROCRow: Sendable, Hashable {
        /// The threshold B.
        public var threshold: Double
        /// Familiar training examples.
        public var familiarExamples: Int
        /// Familiarity training score.
        public var familiarityScore: Double
        /// Decision training examples.
        public var decisionExamples: Int
        /// Decision training score.
        public var decisionScore: Double
    }

    /// One row of `class_distribution.csv`: label proportions for a model and λ.
    public struct ClassDistribution: Sendable, Hashable {
        /// e.g. `ridge-general`.
        public var model: String
        /// The regularisation λ.
        public var lambda: Double
        /// Fraction labelled "I don't know".
        public var iDontKnow: Double
        /// Fraction labelled inline.
        public var inline: Double
        /// Fraction labelled apply (do not inline).
        public var apply: Double
    }
}

/// A row of `roc_results.csv`.
extension OCamlInlining.ROCRow: CSVRecord {
    public static let columns = [
        "B", "Familiar Training Examples", "Familiarity Training Score",
        "Decision Training Examples", "Decision Training Score",
    ]

    public init(row: CSVTable.Row) throws(LoadError) {
        self.init(
            threshold: try row.double(Self.columns[0]), familiarExamples: try row.int(Self.columns[1]),
            familiarityScore: try row.double(Self.columns[2]), decisionExamples: try row.int(Self.columns[3]),
            decisionScore: try row.double(Self.columns[4]))
    }
}

/// A row of `class_distribution.csv`.
extension OCamlInlining.ClassDistribution: CSVRecord {
    public static let columns = ["model", "lambda", "i_dont_know", "inline", "apply"]

    public init(row: CSVTable.Row) throws(LoadError) {
        self.init(
            model: try row.text("model"), lambda: try row.double("lambda"),
            iDontKnow: try row.double("i_dont_know"), inline: try row.double("inline"),
            apply: try row.double("apply"))
    }
}

/// A row of the CSV embedded in each alpha-search log line.
extension OCamlInlining.AlphaSearchStep: CSVRecord {
    public static let columns = ["alpha", "r_squared", "r_squared_validation", "sum(abs(w))", "sum(abs(w) > 0.0)"]

    public init(row: CSVTable.Row) throws(LoadError) {
        self.init(
            alpha: try row.double("alpha"), rSquared: try row.double("r_squared"),
            validationRSquared: try row.double("r_squared_validation"),
            weightL1: try row.double("sum(abs(w))"), nonZero: try row.int("sum(abs(w) > 0.0)"))
    }
}
