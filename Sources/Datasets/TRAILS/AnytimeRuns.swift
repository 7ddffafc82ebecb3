import Foundation

extension TRAILS {
    /// One run of an anytime model-selection result: the value of the model selected
    /// within each time budget.
    public struct AnytimeRun: Sendable, Equatable {
        /// Time budgets (minutes in `res_end_2_end_*`; see each file's note for others).
        public var times: [Double]
        /// The selected model's value (AUC or accuracy) at each budget.
        public var values: [Double]

        /// Creates a run; `times` and `values` have the same length.
        public init(times: [Double], values: [Double]) {
            self.times = times
            self.values = values
        }
    }

    /// An anytime result file: `res_end_2_end_*` (`sys_time_budget` shared by all runs,
    /// `sys_acc[run][budget]`), a training-based baseline (`sys_time_budget[run][i]`), or
    /// an older baseline (`baseline_time_budget`, `baseline_acc`).
    public struct AnytimeRuns: Sendable, Equatable {
        /// The file name it was read from.
        public var file: String
        /// The runs.
        public var runs: [AnytimeRun]

        /// Creates a result.
        public init(file: String, runs: [AnytimeRun]) {
            self.file = file
            self.runs = runs
        }

        /// Whether every run uses the same budgets (true for `res_end_2_end_*`).
        public var sharesBudgets: Bool {
            guard let first = runs.first else { return true }
            return runs.allSatisfy { $0.times == first.times }
        }

        /// For each budget index, the values of all runs (runs must share budgets; runs
        /// shorter than the first are ignored at the missing indices).
        public var columns: [[Double]] {
            guard let first = runs.first else { return [] }
            return first.times.indices.map { index in runs.compactMap { $0.values.indices.contains(index) ? $0.values[index] : nil } }
        }

        /// Reads an anytime result file.
        public static func load(_ url: URL) throws -> AnytimeRuns { try parse(JSONNode.load(url)) }

        /// Parses the contents of an anytime result file named `file`.
        public static func parse(_ data: Data, file: String) throws -> AnytimeRuns {
            try parse(JSONNode.parse(data, file: file))
        }

        static func parse(_ root: JSONNode) throws -> AnytimeRuns {
            let timeKey = root.has("baseline_time_budget") ? "baseline_time_budget" : "sys_time_budget"
            let valueKey = root.has("baseline_acc") ? "baseline_acc" : "sys_acc"
            let timeNode = try root.member(timeKey)
            let valueNode = try root.member(valueKey)
            let values = try valueNode.numberRows()
            let timeElements = try timeNode.elements()
            let times: [[Double]]
            if timeElements.first.map({ $0.value is [Any] }) ?? false {
                times = try timeNode.numberRows()
                guard times.count == values.count else {
                    throw valueNode.error("\(values.count) runs but \(timeKey) has \(times.count)")
                }
            } else {
                let shared = try timeNode.numbers()
                times = Array(repeating: shared, count: values.count)
            }
            var runs: [AnytimeRun] = []
            for index in values.indices {
                guard values[index].count == times[index].count else {
                    throw valueNode.error("run \(index) has \(values[index].count) values but \(times[index].count) budgets")
                }
                runs.append(AnytimeRun(times: times[index], values: values[index]))
            }
            return AnytimeRuns(file: root.file, runs: runs)
        }
    }
}
