import Foundation

/// The provenance of one run: everything needed to audit or repeat it.
public struct RunRecord: Sendable, Codable, Equatable {
    /// How the run ended.
    public enum Status: String, Sendable, Codable {
        case ok
        case failed
    }

    /// The store's id, once stored.
    public var id: Int64?
    /// The experiment id.
    public var experiment: String
    /// The scale.
    public var scale: Scale
    /// How the run ended.
    public var status: Status
    /// The error, for a failed run.
    public var error: String?
    /// The content-hash cache key.
    public var cacheKey: String
    /// The config used (canonical JSON).
    public var configJSON: String
    /// The default config at this scale (canonical JSON), to show what was overridden.
    public var defaultConfigJSON: String
    /// The code version.
    public var code: CodeVersion
    /// The BLAS thread count the run was pinned to.
    public var threads: Int
    /// Start and end of the run.
    public var startedAt: Date
    public var endedAt: Date
    /// The peak resident memory of the run, in bytes.
    public var peakMemoryBytes: Int64
    /// The log, relative to the output root.
    public var logPath: String
    /// The inputs with their digests.
    public var inputs: [InputRecord]
    /// Everything the run wrote.
    public var artifacts: [ArtifactRecord]
    /// The numbers it computed.
    public var numbers: [String: Double]
    /// Its remarks.
    public var notes: [String]
    /// The toolchain and system library versions (``Platform/summary``); empty for runs
    /// recorded before it was kept.
    public var platform: String

    /// Seconds from start to end.
    public var duration: TimeInterval { endedAt.timeIntervalSince(startedAt) }

    /// Creates a record.
    public init(
        id: Int64? = nil, experiment: String, scale: Scale, status: Status, error: String? = nil,
        cacheKey: String, configJSON: String, defaultConfigJSON: String, code: CodeVersion,
        threads: Int, startedAt: Date, endedAt: Date, peakMemoryBytes: Int64, logPath: String,
        inputs: [InputRecord], artifacts: [ArtifactRecord], numbers: [String: Double], notes: [String],
        platform: String = ""
    ) {
        self.platform = platform
        self.id = id
        self.experiment = experiment
        self.scale = scale
        self.status = status
        self.error = error
        self.cacheKey = cacheKey
        self.configJSON = configJSON
        self.defaultConfigJSON = defaultConfigJSON
        self.code = code
        self.threads = threads
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.peakMemoryBytes = peakMemoryBytes
        self.logPath = logPath
        self.inputs = inputs
        self.artifacts = artifacts
        self.numbers = numbers
        self.notes = notes
    }
}

/// An input file of a run.
public struct InputRecord: Sendable, Codable, Equatable {
    /// Path below the data root.
    public var path: String
    /// SHA-256 of its bytes.
    public var sha256: String
    /// Its size.
    public var bytes: Int64
    /// Where it comes from.
    public var source: String

    /// Creates an input record.
    public init(path: String, sha256: String, bytes: Int64, source: String) {
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
        self.source = source
    }
}

/// A file a run wrote.
public struct ArtifactRecord: Sendable, Codable, Equatable {
    /// What kind of file it is.
    public enum Kind: String, Sendable, Codable {
        case figure
        case table
        case data
    }

    /// The file name the experiment gave it.
    public var name: String
    /// Its kind, from its extension.
    public var kind: Kind
    /// Where it was published (relative to the output root), or its cache path for data.
    public var path: String
    /// SHA-256 of its bytes.
    public var sha256: String
    /// Its size.
    public var bytes: Int64

    /// Creates an artifact record.
    public init(name: String, kind: Kind, path: String, sha256: String, bytes: Int64) {
        self.name = name
        self.kind = kind
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
    }

    /// The kind of a file by its extension.
    public static func kind(ofFileNamed name: String) -> Kind {
        switch (name as NSString).pathExtension.lowercased() {
        case "pdf", "svg", "png": return .figure
        case "csv", "tex", "html", "md": return .table
        default: return .data
        }
    }
}

/// Where runs are recorded. The harness talks to this protocol only; the
/// `Store` module implements it on SQLite.
public protocol RunStore: Sendable {
    /// Stores a run and returns its id.
    func insert(_ run: RunRecord) throws -> Int64
    /// The latest successful run with `cacheKey`.
    func successfulRun(cacheKey: String) throws -> RunRecord?
    /// Marks `runID` as the run whose outputs are currently published for its experiment.
    func markCurrent(experiment: String, runID: Int64) throws
    /// The run whose outputs are currently published for `experiment`.
    func currentRun(experiment: String) throws -> RunRecord?
    /// The latest run of `experiment`, successful or not.
    func latestRun(experiment: String) throws -> RunRecord?
    /// A remembered digest for the file at `path` while its stamp is unchanged.
    func knownDigest(path: String, stamp: FileStamp) throws -> String?
    /// Remembers a file's digest for its stamp (size, times, inode).
    func rememberDigest(path: String, stamp: FileStamp, sha256: String) throws
}
