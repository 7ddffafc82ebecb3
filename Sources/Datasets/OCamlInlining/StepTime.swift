import Diagnostics
import Foundation

extension OCamlInlining {
    /// One execution of one simulated-annealing step (`pca-data`).
    public struct StepTime: Sendable, Hashable {
        /// The benchmark.
        public var benchmark: String
        /// The run directory.
        public var rundir: String
        /// The step path, e.g. `initial/0` or `17/2`.
        public var stepPath: String
        /// The worker host.
        public var worker: String
        /// Execution time in seconds.
        public var seconds: Double
    }

    /// Loads `pca_data_exec_times.csv`.
    public static func loadStepTimes(from url: URL) throws -> [StepTime] {
        try parseStepTimes(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses the step-times CSV.
    public static func parseStepTimes(_ data: Data, file: String) throws(LoadError) -> [StepTime] {
        let table = try CSVTable.parse(data, file: file, required: ["benchmark", "rundir", "step_path", "worker", "exec_time_s"])
        var steps: [StepTime] = []
        steps.reserveCapacity(table.rows.count)
        for row in table.rows {
            steps.append(StepTime(
                benchmark: try row.text("benchmark"), rundir: try row.text("rundir"),
                stepPath: try row.text("step_path"), worker: try row.text("worker"),
                seconds: try row.double("exec_time_s")))
        }
        return steps
    }
}
