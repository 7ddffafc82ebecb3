import Foundation

extension TRAILS {
    /// A file of training-free scores per architecture: `{"<arch id>": {"<metric>": score}}`
    /// (KNAS, JacFlow), or `{"<arch id>": score}` (weight sharing; metric `score`).
    public struct ScoreTable: Sendable, Equatable {
        /// One architecture's scores.
        public struct Entry: Sendable, Equatable {
            /// The architecture id, e.g. `128-64-256-32` (hidden widths).
            public var architecture: String
            /// Scores by metric name, e.g. `["knas": 1.6e-13]`.
            public var scores: [String: Double]
        }

        /// The file name it was read from.
        public var file: String
        /// The entries, sorted by architecture id.
        public var entries: [Entry]

        /// The metric names present, sorted.
        public var metrics: [String] { Array(Set(entries.flatMap(\.scores.keys))).sorted() }

        /// `metric`'s score by architecture id.
        public func scores(_ metric: String) -> [String: Double] {
            var result: [String: Double] = [:]
            for entry in entries { if let value = entry.scores[metric] { result[entry.architecture] = value } }
            return result
        }

        /// Reads a score file.
        public static func load(_ url: URL) throws -> ScoreTable { try parse(JSONNode.load(url)) }

        /// Parses the contents of a score file named `file`.
        public static func parse(_ data: Data, file: String) throws -> ScoreTable {
            try parse(JSONNode.parse(data, file: file))
        }

        static func parse(_ root: JSONNode) throws -> ScoreTable {
            var entries: [Entry] = []
            for (architecture, node) in try root.members() {
                if node.value is [String: Any] {
                    var scores: [String: Double] = [:]
                    for (metric, value) in try node.members() { scores[metric] = try value.number() }
                    entries.append(Entry(architecture: architecture, scores: scores))
                } else {
                    entries.append(Entry(architecture: architecture, scores: ["score": try node.number()]))
                }
            }
            return ScoreTable(file: root.file, entries: entries)
        }
    }
}
