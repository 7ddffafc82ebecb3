import Foundation

extension TRAILS {
    /// An N/K trade-off file (`nk_<dataset>_jacflow.json`): for each time budget, runs of
    /// the selected model's value at each N/K setting (nine settings per run).
    ///
    /// The file stores no N/K values; the draft figure's axis (1 … 256, log) suggests
    /// the nine settings are N/K = 2⁰ … 2⁸. Experiments state that assumption.
    public struct NKTradeoff: Sendable, Equatable {
        /// One time budget's runs.
        public struct Budget: Sendable, Equatable {
            /// The label in the file, e.g. `4 min`.
            public var label: String
            /// The budget in minutes, parsed from the label.
            public var minutes: Double
            /// `runs[run][setting]`.
            public var runs: [[Double]]
        }

        /// The file name it was read from.
        public var file: String
        /// The budgets, ascending.
        public var budgets: [Budget]

        /// The number of N/K settings per run.
        public var settingCount: Int { budgets.first?.runs.first?.count ?? 0 }

        /// Reads an `nk_*` file.
        public static func load(_ url: URL) throws -> NKTradeoff { try parse(JSONNode.load(url)) }

        /// Parses the contents of an `nk_*` file named `file`.
        public static func parse(_ data: Data, file: String) throws -> NKTradeoff {
            try parse(JSONNode.parse(data, file: file))
        }

        static func parse(_ root: JSONNode) throws -> NKTradeoff {
            var budgets: [Budget] = []
            var width: Int?
            for (key, node) in try root.members() {
                let number = key.split(separator: " ").first.flatMap { FiniteNumber.parse($0) }
                guard let minutes = number, key.hasSuffix("min") else {
                    throw node.error("budget label is not '<number> min'")
                }
                let rows = try node.numberRows()
                for (index, row) in rows.enumerated() {
                    if width == nil { width = row.count }
                    guard row.count == width else {
                        throw node.error("run \(index) has \(row.count) settings, expected \(width ?? 0)")
                    }
                }
                budgets.append(Budget(label: key, minutes: minutes, runs: rows))
            }
            guard !budgets.isEmpty else { throw root.error("no budget in the file") }
            return NKTradeoff(file: root.file, budgets: budgets.sorted { $0.minutes < $1.minutes })
        }
    }
}
