import Diagnostics
import Foundation

extension NetworkScaling {
    /// One evaluation read from the README's search-log image (jetson cpu, 1 s, 500 MB).
    public struct LogSample: Sendable, Hashable {
        /// The state (w, d, r).
        public var state: [Double]
        /// Top-1 accuracy in %, absent when the pair was already in the buffer.
        public var accuracy: Double?
        /// Memory in MB as printed.
        public var memory: Double
        /// Latency in s as printed.
        public var latency: Double
        /// The log's remark.
        public var note: String
    }

}

/// A row of `log_png_sample.csv` (the accuracy field may be empty).
extension NetworkScaling.LogSample: CSVRecord {
    public static let columns = ["w", "d", "r", "acc_pct", "mem_MB", "latency_s", "note"]

    public init(row: CSVTable.Row) throws(LoadError) {
        self.init(
            state: [try row.double("w"), try row.double("d"), try row.double("r")],
            accuracy: try row.optionalDouble("acc_pct"), memory: try row.double("mem_MB"),
            latency: try row.double("latency_s"), note: try row.text("note"))
    }
}
