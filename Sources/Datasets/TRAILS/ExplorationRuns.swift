import Foundation

extension TRAILS {
    /// The regularized-evolution exploration on Criteo, `re_criteo_-1_12_auc.json`.
    public static let criteoRegularizedEvolutionPath = "\(resultFolder)/re_criteo_-1_12_auc.json"

    /// Search runs recorded per explored architecture (`re_<dataset>_*.json`):
    /// `explored_arch[run][i]` is the count of architectures explored so far and
    /// `achieved_value[run][i]` the value of the model the search selects by then (not always
    /// increasing: the search ranks by its own estimate, the file records the ground truth).
    public struct ExplorationRuns: Sendable, Equatable {
        /// One run: explored counts and the selected model's value after each.
        public struct Run: Sendable, Equatable {
            /// Architectures explored so far, ascending.
            public var explored: [Double]
            /// The selected model's value after each count.
            public var selected: [Double]
        }

        /// The file name it was read from.
        public var file: String
        /// The runs.
        public var runs: [Run]

        /// The last (final) selected value of every run.
        public var finalValues: [Double] { runs.compactMap(\.selected.last) }

        /// The number of architectures every run explored.
        public var exploredCounts: [Double] { runs.compactMap(\.explored.last) }

        /// Reads an exploration file.
        public static func load(_ url: URL) throws -> ExplorationRuns { try parse(JSONNode.load(url)) }

        /// Parses the contents of an exploration file named `file`.
        public static func parse(_ data: Data, file: String) throws -> ExplorationRuns {
            try parse(JSONNode.parse(data, file: file))
        }

        static func parse(_ root: JSONNode) throws -> ExplorationRuns {
            let exploredNode = try root.member("explored_arch")
            let valueNode = try root.member("achieved_value")
            let explored = try exploredNode.numberRows()
            let values = try valueNode.numberRows()
            guard explored.count == values.count else {
                throw valueNode.error("\(values.count) runs but explored_arch has \(explored.count)")
            }
            guard !values.isEmpty else { throw valueNode.error("no runs") }
            var runs: [Run] = []
            for index in values.indices {
                guard explored[index].count == values[index].count, !values[index].isEmpty else {
                    throw valueNode.error("run \(index) has \(values[index].count) values but \(explored[index].count) explored counts")
                }
                runs.append(Run(explored: explored[index], selected: values[index]))
            }
            return ExplorationRuns(file: root.file, runs: runs)
        }
    }
}
