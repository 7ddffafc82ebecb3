import Foundation

extension TRAILS {
    /// The filtering scalability file (`filter_scale.json`): scoring Criteo architectures
    /// with 1, 2, 4 and 8 CPUs; per setting, runs of (elapsed seconds, best JacFlow score
    /// so far) after each scored model.
    public struct FilterScaling: Sendable, Equatable {
        /// One CPU setting.
        public struct Setting: Sendable, Equatable {
            /// The label in the file, e.g. `4 CPUs`.
            public var label: String
            /// The number of CPUs, parsed from the label.
            public var cpus: Int
            /// `elapsed[run][model]`: seconds since the start when that model was scored.
            public var elapsed: [[Double]]
            /// `bestScore[run][model]`: the best score found so far.
            public var bestScore: [[Double]]

            /// The mean over runs of the time to score all models (last elapsed value).
            public var meanTotalSeconds: Double {
                let totals = elapsed.compactMap(\.last)
                return totals.isEmpty ? 0 : totals.reduce(0, +) / Double(totals.count)
            }

            /// Models scored per run.
            public var modelsPerRun: Int { elapsed.first?.count ?? 0 }
        }

        /// The file name it was read from.
        public var file: String
        /// The settings, by ascending CPU count.
        public var settings: [Setting]

        /// Reads `filter_scale.json`.
        public static func load(_ url: URL) throws -> FilterScaling { try parse(JSONNode.load(url)) }

        /// Parses the contents of a filter-scaling file named `file`.
        public static func parse(_ data: Data, file: String) throws -> FilterScaling {
            try parse(JSONNode.parse(data, file: file))
        }

        static func parse(_ root: JSONNode) throws -> FilterScaling {
            var settings: [Setting] = []
            for (key, node) in try root.members() {
                guard let cpus = key.split(separator: " ").first.flatMap({ Int($0) }) else {
                    throw node.error("label is not '<n> CPU(s)'")
                }
                let pair = try node.elements()
                guard pair.count == 2 else { throw node.error("expected [elapsed runs, best-score runs], found \(pair.count) entries") }
                let elapsed = try pair[0].numberRows()
                let best = try pair[1].numberRows()
                guard elapsed.count == best.count, zip(elapsed, best).allSatisfy({ $0.count == $1.count }) else {
                    throw node.error("elapsed and best-score runs differ in shape")
                }
                settings.append(Setting(label: key, cpus: cpus, elapsed: elapsed, bestScore: best))
            }
            guard !settings.isEmpty else { throw root.error("no CPU setting in the file") }
            return FilterScaling(file: root.file, settings: settings.sorted { $0.cpus < $1.cpus })
        }
    }
}
