import Foundation

extension TRAILS {
    /// A refinement micro-benchmark file (`micro_phase2_<dataset>`): UNIFORM, successive
    /// rejects and successive halving refining a fixed candidate set, over many runs and
    /// time budgets.
    public struct RefinementBenchmark: Sendable, Equatable {
        /// The file name it was read from.
        public var file: String
        /// The traces, in the paper's legend order (UNIFORM, SUCCREJCT, SUCCHALF).
        public var traces: [RefinementTrace]
        /// Problems found while loading (failed runs, an all-zero file).
        public var warnings: [DataWarning]

        /// Creates a benchmark from traces (sorted into paper order) and computes its warnings.
        public init(file: String, traces: [RefinementTrace]) {
            self.file = file
            self.traces = traces.sorted {
                RefinementMethod.paperOrder.firstIndex(of: $0.method) ?? 0
                    < RefinementMethod.paperOrder.firstIndex(of: $1.method) ?? 0
            }
            if !self.traces.contains(where: \.hasFeasibleValue) {
                warnings = [.allZero(file: file)]
            } else {
                warnings = self.traces.compactMap { trace in
                    let failed = trace.failedRuns.count
                    guard failed > 0 else { return nil }
                    return .failedRuns(file: file, method: trace.method.fileKey, failed: failed, total: trace.runCount)
                }
            }
        }

        /// Whether anything in the file may be plotted (false for an all-zero file).
        public var isPlottable: Bool { traces.contains(where: \.hasFeasibleValue) }

        /// The trace of `method`, when the file has it.
        public func trace(_ method: RefinementMethod) -> RefinementTrace? {
            traces.first { $0.method == method }
        }

        /// The number of runs that completed (not all zero) for every method.
        public var completedRuns: Int {
            traces.map { $0.runCount - $0.failedRuns.count }.min() ?? 0
        }

        /// Reads a `micro_phase2_*` file: `{"sh"|"sr"|"uniform": {"time_used": [[min]],
        /// "acc_reached": [[value]]}}`. Unknown method keys are an error; missing ones are
        /// allowed. Rows of `time_used` and `acc_reached` must match in shape.
        public static func load(_ url: URL) throws -> RefinementBenchmark {
            try parse(JSONNode.load(url))
        }

        /// Parses the contents of a `micro_phase2_*` file named `file`.
        public static func parse(_ data: Data, file: String) throws -> RefinementBenchmark {
            try parse(JSONNode.parse(data, file: file))
        }

        static func parse(_ root: JSONNode) throws -> RefinementBenchmark {
            var traces: [RefinementTrace] = []
            for (key, node) in try root.members() {
                guard let method = RefinementMethod(rawValue: key) else {
                    throw node.error("unknown method (expected sh, sr or uniform)")
                }
                let timeNode = try node.member("time_used")
                let valueNode = try node.member("acc_reached")
                let budgets = try timeNode.numberRows()
                let values = try valueNode.numberRows()
                guard budgets.count == values.count else {
                    throw valueNode.error("\(values.count) runs but time_used has \(budgets.count)")
                }
                for run in values.indices where values[run].count != budgets[run].count {
                    throw valueNode.error("run \(run) has \(values[run].count) values but \(budgets[run].count) budgets")
                }
                traces.append(RefinementTrace(method: method, budgets: budgets, values: values))
            }
            guard !traces.isEmpty else { throw root.error("no method (sh, sr, uniform) in the file") }
            return RefinementBenchmark(file: root.file, traces: traces)
        }
    }
}
