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

}

/// A row of `pca_data_exec_times.csv`.
extension OCamlInlining.StepTime: CSVRecord {
    public static let columns = ["benchmark", "rundir", "step_path", "worker", "exec_time_s"]

    public init(row: CSVTable.Row) throws(LoadError) {
        self.init(
            benchmark: try row.text("benchmark"), rundir: try row.text("rundir"),
            stepPath: try row.text("step_path"), worker: try row.text("worker"),
            seconds: try row.double("exec_time_s"))
    }
}
