import Foundation

extension TRAILS {
    /// A filtering-latency trace (`efficiency/**/time_score_*.json` and
    /// `exp_filtering_scalability/time_score_*.json`): total seconds spent scoring a
    /// batch of models, split into I/O and compute, with per-model tracks.
    public struct FilteringLatency: Sendable, Equatable {
        /// The file name it was read from.
        public var file: String
        /// Total wall time, seconds.
        public var latency: Double
        /// I/O time (model init/load, data retrieval and preprocessing), seconds.
        public var ioLatency: Double
        /// Compute time, seconds.
        public var computeLatency: Double
        /// Per-model tracks in seconds, keyed by the file's name without `track_`
        /// (`compute`, `io_model_init`, `io_data_retrievel`, ...), sorted by key.
        public var tracks: [(name: String, seconds: [Double])]
        /// Architecture ids scored, when the file lists them.
        public var modelIDs: [String]

        /// The number of models scored (the length of the compute track).
        public var modelCount: Int { track("compute")?.count ?? 0 }

        /// The per-model track `name`, e.g. `compute`.
        public func track(_ name: String) -> [Double]? { tracks.first { $0.name == name }?.seconds }

        /// The mean per-model seconds of `name`.
        public func meanPerModel(_ name: String) -> Double? {
            guard let values = track(name), !values.isEmpty else { return nil }
            return values.reduce(0, +) / Double(values.count)
        }

        public static func == (lhs: FilteringLatency, rhs: FilteringLatency) -> Bool {
            lhs.file == rhs.file && lhs.latency == rhs.latency && lhs.ioLatency == rhs.ioLatency
                && lhs.computeLatency == rhs.computeLatency && lhs.modelIDs == rhs.modelIDs
                && lhs.tracks.map(\.name) == rhs.tracks.map(\.name)
                && lhs.tracks.map(\.seconds) == rhs.tracks.map(\.seconds)
        }

        /// Reads a `time_score_*` file.
        public static func load(_ url: URL) throws -> FilteringLatency { try parse(JSONNode.load(url)) }

        /// Parses the contents of a `time_score_*` file named `file`.
        public static func parse(_ data: Data, file: String) throws -> FilteringLatency {
            try parse(JSONNode.parse(data, file: file))
        }

        static func parse(_ root: JSONNode) throws -> FilteringLatency {
            var tracks: [(name: String, seconds: [Double])] = []
            for (key, node) in try root.members() where key.hasPrefix("track_") {
                tracks.append((String(key.dropFirst("track_".count)), try node.numbers()))
            }
            if let length = tracks.first?.seconds.count,
               let bad = tracks.first(where: { $0.seconds.count != length }) {
                throw root.error("track_\(bad.name) has \(bad.seconds.count) entries, track_\(tracks[0].name) has \(length)")
            }
            let ids = root.has("model_id") ? try root.member("model_id").elements().map { try $0.string() } : []
            return FilteringLatency(
                file: root.file,
                latency: try root.member("latency").number(),
                ioLatency: try root.member("io_latency").number(),
                computeLatency: try root.member("compute_latency").number(),
                tracks: tracks, modelIDs: ids)
        }
    }
}
