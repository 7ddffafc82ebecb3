import Foundation

/// The released data of the FYP "Inlining ML with ML" (fyp-worker-dispatcher,
/// fyp-experiments): execution times of explored and learned inlining decisions,
/// exploration time distributions, learnt rewards and the ML side logs.
///
/// Paths are relative to the data root.
public enum OCamlInlining {
    /// Every benchmark × decision set × worker result file.
    public static let benchmarkTimesPath = "fyp-inlining/results_benchmark_times.jsonl"
    /// SA / random-walk / all exploration execution-time distributions.
    public static let explorationTimesPath = "fyp-inlining/data_generation_exec_times.json"
    /// Learnt per-call-site rewards for 6 models × 12 benchmarks.
    public static let rewardsPath = "fyp-inlining/reward_assignment_rewards.jsonl"
    /// Per-step execution times of the simulated-annealing runs.
    public static let stepTimesPath = "fyp-inlining/pca_data_exec_times.csv"
    /// Lasso α search logs: per benchmark and problem, training and validation R² as α halves.
    public static let lassoLogsPath = "fyp-inlining/lasso_alpha_search_logs.jsonl"
    /// ROC results of the uncertainty threshold B.
    public static let rocPath = "fyp-inlining/roc_results.csv"
    /// Label class distribution per model and λ.
    public static let classDistributionPath = "fyp-inlining/class_distribution.csv"
    /// Batch-executor logs (script → rundir lists).
    public static let importantLogsPath = "fyp-inlining/important_logs.jsonl"
    /// Early random-override almabench runs.
    public static let almabenchRunsPath = "fyp-inlining/fyp_experiments_almabench_random_runs.jsonl"
    /// Early almabench unified times (no header: id then 13 raw times).
    public static let almabenchUnifiedPath = "fyp-inlining/fyp_experiments_almabench_unified.csv"

    /// Parses a printed duration such as `8.087s`, `1.066m` or `1m2.5s` into seconds;
    /// nil when it is not a duration or not finite (`nans`, `infs`).
    public static func seconds(_ text: String) -> Double? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var total = 0.0
        if let m = rest.firstIndex(of: "m") {
            guard let minutes = FiniteNumber.parse(rest[..<m]) else { return nil }
            total += minutes * 60
            rest = rest[rest.index(after: m)...]
            if rest.isEmpty { return FiniteNumber.finite(total) }
        }
        guard rest.hasSuffix("s"), let secs = FiniteNumber.parse(rest.dropLast()) else { return nil }
        return FiniteNumber.finite(total + secs)
    }
}

extension OCamlInlining {
    /// Decodes a list of duration strings at `key`, failing with the key on a bad entry.
    static func decodeDurations<K: CodingKey>(
        _ container: KeyedDecodingContainer<K>, key: K
    ) throws -> [Double] {
        let texts = try container.decode([String].self, forKey: key)
        return try texts.enumerated().map { index, text in
            guard let value = seconds(text) else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: container.codingPath + [key, IndexKey(index)],
                    debugDescription: "not a duration: '\(text)'"))
            }
            return value
        }
    }
}

/// An array index as a coding key, for error paths.
struct IndexKey: CodingKey {
    var stringValue: String { "\(intValue ?? 0)" }
    var intValue: Int?
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}
