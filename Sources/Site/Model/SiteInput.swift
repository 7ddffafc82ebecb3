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
    /// The pinned upstream URL of a verbatim upstream file, from the paper's data manifest.
    public var upstream: String?
    /// Whether the SHA-256 equals the paper's data manifest (nil: the manifest does not list it).
    public var matchesManifest: Bool?

    /// Creates an input.
    public init(path: String, sha256: String, bytes: Int? = nil, source: String? = nil,
                upstream: String? = nil, matchesManifest: Bool? = nil) {
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
        self.source = source
        self.upstream = upstream
        self.matchesManifest = matchesManifest
    }
}
