/// A data file an experiment read.
public struct SiteInput: Sendable, Codable, Equatable {
    /// The path relative to the data root, e.g. `accel-nasbench/records.csv`.
    public var path: String
    /// The SHA-256 of the file's bytes, in hex.
    public var sha256: String
    /// The file's size in bytes.
    public var bytes: Int?
    /// Where the file comes from (a URL or a sentence).
    public var source: String?

    /// Creates an input.
    public init(path: String, sha256: String, bytes: Int? = nil, source: String? = nil) {
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
        self.source = source
    }
}
