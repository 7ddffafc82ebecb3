import Foundation

/// One reproduced figure or table: what it is, how its latest run went and what it produced.
public struct SiteExperiment: Sendable, Codable, Equatable {
    // MARK: Identity

    /// Stable id, `<paper>/<name>` (e.g. `trails/figure9`), or `<paper>/<name>/<variant>`
    /// for a variant, which is shown on the page of `<paper>/<name>`.
    public var id: String
    /// A short human title.
    public var title: String
    /// The figure or table of the paper, e.g. `Figure 9`.
    public var reproduces: String
    /// Anything a reader should know up front (cost, what differs from the paper).
    public var note: String?
    /// Names of the engine modules the experiment uses, e.g. `["Plotting", "Statistics"]`.
    public var engines: [String]
    /// How the page labels this run beside its variants (e.g. `Released results`); nil
    /// for the default (see ``displayVariant``).
    public var variantLabel: String?

    // MARK: Latest run

    /// How the latest run went.
    public var status: SiteRunStatus
    /// The scale of the latest run, `smoke` or `paper`.
    public var scale: String?
    /// When the latest run started.
    public var lastRun: Date?
    /// Wall time of the latest run, in seconds.
    public var duration: Double?
    /// Peak resident memory of the latest run, in bytes.
    public var peakMemoryBytes: Int?
    /// The code that ran.
    public var codeVersion: SiteCodeVersion?
    /// The content-hash cache key of the run.
    public var cacheKey: String?
    /// The numeric thread count (`OPENBLAS_NUM_THREADS`) the run used.
    public var threads: Int?
    /// The error of a failed run, in one line or a few.
    public var error: String?

    // MARK: Settings and data

    /// The config the run used, as JSON text.
    public var config: String?
    /// The default config at the run's scale, as JSON text; keys that differ are highlighted.
    public var defaultConfig: String?
    /// The data files read.
    public var inputs: [SiteInput]

    // MARK: Results

    /// Figures written, in the order to show them.
    public var figures: [SiteArtifact]
    /// Tables written, in the order to show them.
    public var tables: [SiteArtifact]
    /// The paper's numbers and ours.
    public var claims: [SiteClaim]
    /// The run's log, or its tail; shown collapsed.
    public var logText: String?
    /// The full log file on disk; copied into the site and linked.
    public var logFile: URL?
    /// Logs of the Slurm tasks that built the run in shards (`repro slurm`), copied and linked.
    public var taskLogs: [URL] = []
    /// Short remarks from the run, e.g. how the data differs from the paper's.
    public var notes: [String]

    /// Creates an experiment; everything about a run is optional so a never-run experiment
    /// needs only its identity.
    public init(
        id: String, title: String, reproduces: String, note: String? = nil,
        engines: [String] = [], status: SiteRunStatus = .notRun, scale: String? = nil,
        lastRun: Date? = nil, duration: Double? = nil, peakMemoryBytes: Int? = nil,
        codeVersion: SiteCodeVersion? = nil, cacheKey: String? = nil, threads: Int? = nil,
        error: String? = nil, config: String? = nil, defaultConfig: String? = nil,
        inputs: [SiteInput] = [], figures: [SiteArtifact] = [], tables: [SiteArtifact] = [],
        claims: [SiteClaim] = [], logText: String? = nil, logFile: URL? = nil,
        notes: [String] = [], variantLabel: String? = nil
    ) {
        self.variantLabel = variantLabel
        self.id = id
        self.title = title
        self.reproduces = reproduces
        self.note = note
        self.engines = engines
        self.status = status
        self.scale = scale
        self.lastRun = lastRun
        self.duration = duration
        self.peakMemoryBytes = peakMemoryBytes
        self.codeVersion = codeVersion
        self.cacheKey = cacheKey
        self.threads = threads
        self.error = error
        self.config = config
        self.defaultConfig = defaultConfig
        self.inputs = inputs
        self.figures = figures
        self.tables = tables
        self.claims = claims
        self.logText = logText
        self.logFile = logFile
        self.notes = notes
    }
}
