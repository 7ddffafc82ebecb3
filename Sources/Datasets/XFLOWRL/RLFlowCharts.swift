import Diagnostics
import Foundation

extension XFLOWRL {
    /// One exported TensorBoard scalar point of the RLFlow follow-up.
    public struct ScalarPoint: Sendable, Hashable {
        /// Wall-clock time (Unix seconds).
        public var wallTime: Double
        /// Training step.
        public var step: Double
        /// The scalar.
        public var value: Double
    }

    private struct ChartsFile: Decodable {
        var files: [String: [[Double]]]
    }

    /// Loads `rlflow_chart_data.json`: curves keyed by their original file path.
    /// These are RLFlow (2021) world-model curves, not XFLOWRL figures.
    public static func loadRLFlowCharts(from url: URL) throws -> [String: [ScalarPoint]] {
        try parseRLFlowCharts(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses the RLFlow chart JSON; every point must be [wall_time, step, value].
    public static func parseRLFlowCharts(_ data: Data, file: String) throws(LoadError) -> [String: [ScalarPoint]] {
        let files = try ReleasedFile.document(ChartsFile.self, from: data, file: file).files
        var charts: [String: [ScalarPoint]] = [:]
        for name in files.keys.sorted() {
            let rows = files[name] ?? []
            if let bad = rows.firstIndex(where: { $0.count != 3 }) {
                throw LoadError(file: file, key: "files.\(name)[\(bad)]", reason: "expected [wall_time, step, value]")
            }
            charts[name] = rows.map { ScalarPoint(wallTime: $0[0], step: $0[1], value: $0[2]) }
        }
        return charts
    }
}
