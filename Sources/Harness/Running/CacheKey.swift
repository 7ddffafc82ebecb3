/// Everything a run's results depend on; its digest is the content-hash cache key.
public struct CacheKey: Sendable, Equatable, Codable {
    /// Bumped when the harness changes what a run produces.
    public static let harnessVersion = 1

    public var experiment: String
    public var scale: Scale
    /// The canonical JSON of the config (key order and formatting do not matter).
    public var configJSON: String
    /// `path=sha256` of every input, sorted.
    public var inputs: [String]
    /// The fingerprint of the experiment's and its engines' sources.
    public var sources: String
    /// `id=key` of every upstream experiment, sorted.
    public var upstream: [String]
    /// The BLAS thread count.
    public var threads: Int
    /// The toolchain and system library versions (``Platform/summary``).
    public var platform: String

    /// Creates a key.
    public init(
        experiment: String, scale: Scale, configJSON: String, inputs: [String], sources: String,
        upstream: [String], threads: Int, platform: String = ""
    ) {
        self.platform = platform
        self.experiment = experiment
        self.scale = scale
        self.configJSON = configJSON
        self.inputs = inputs.sorted()
        self.sources = sources
        self.upstream = upstream.sorted()
        self.threads = threads
    }

    /// The SHA-256 of all the parts.
    public var digest: String {
        let parts = [
            "harness=\(Self.harnessVersion)", "experiment=\(experiment)", "scale=\(scale)",
            "config=\(configJSON)", "sources=\(sources)", "threads=\(threads)", "platform=\(platform)",
        ] + inputs.map { "input \($0)" } + upstream.map { "upstream \($0)" }
        return Digest.sha256(parts.joined(separator: "\n"))
    }
}
