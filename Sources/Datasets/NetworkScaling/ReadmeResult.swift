import Diagnostics
import Foundation

extension NetworkScaling {
    /// One row of the README result tables: a search setting and its best state.
    public struct ReadmeResult: Sendable, Hashable {
        /// `raspberrypi`, `jetson` or `desktop`.
        public var platform: String
        /// `cpu` or `gpu` (as the README writes it).
        public var device: String
        /// The latency bound in seconds.
        public var latencyBound: Double
        /// The memory bound in MB.
        public var memoryBound: Double
        /// The initial (w, d, r).
        public var initial: [Double]
        /// The best (w, d, r) found.
        public var best: [Double]
        /// The reported top-1 accuracy in %.
        public var accuracy: Double
        /// The reported latency in s, as printed.
        public var latency: Double
        /// The reported memory in MB, as printed.
        public var memory: Double
        /// The latency as printed in the README (its number of decimals matters).
        public var latencyText: String
        /// The memory as printed in the README.
        public var memoryText: String
    }

}

/// A row of `readme_results.csv`.
extension NetworkScaling.ReadmeResult: CSVRecord {
    public static let columns = [
        "platform", "device", "latency_bound_s", "mem_bound_MB", "init_w", "init_d", "init_r",
        "best_w", "best_d", "best_r", "accuracy_pct", "latency_s", "memory_MB",
    ]

    public init(row: CSVTable.Row) throws(LoadError) {
        self.init(
            platform: try row.text("platform"), device: try row.text("device"),
            latencyBound: try row.double("latency_bound_s"), memoryBound: try row.double("mem_bound_MB"),
            initial: [try row.double("init_w"), try row.double("init_d"), try row.double("init_r")],
            best: [try row.double("best_w"), try row.double("best_d"), try row.double("best_r")],
            accuracy: try row.double("accuracy_pct"), latency: try row.double("latency_s"),
            memory: try row.double("memory_MB"),
            latencyText: try row.text("latency_s"), memoryText: try row.text("memory_MB"))
    }
}
