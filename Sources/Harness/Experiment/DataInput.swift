/// A data file an experiment reads, relative to the data root.
///
/// The harness hashes every input (SHA-256) before a run: the digests enter the
/// cache key and the run's provenance. A run reaches only the inputs its experiment
/// declared for its config (``RunContext/input(_:)`` refuses any other path), so no
/// file it reads can change without changing the key.
public struct DataInput: Sendable, Hashable, Codable {
    /// Path below the data root, e.g. `accel-nasbench/anb_dataset/anb_dataset.jsonl`.
    public var path: String
    /// Where the file comes from, for the site (usually the SOURCE.md beside it).
    public var source: String

    /// Creates an input. `source` defaults to the SOURCE.md of the file's top folder.
    public init(_ path: String, source: String? = nil) {
        self.path = path
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        self.source = source ?? (folder.isEmpty ? "SOURCE.md" : "\(folder)/SOURCE.md")
    }
}
