import Foundation
import Logging

/// What a running experiment may touch: its inputs, a staging folder for its
/// outputs, a persistent work folder, a logger and progress reporting.
///
/// The context resolves only the inputs the experiment declared in
/// ``Experiment/inputs(for:)`` for this run's config, so every file a run reads is
/// part of its cache key; it offers no way to reach the rest of the data root.
///
/// Everything an experiment writes goes through ``output(_:)`` into a staging
/// folder; the harness publishes it to `figures/` and `tables/` only once the
/// run has succeeded, so an interrupted run never leaves a half-written artifact.
public final class RunContext: @unchecked Sendable {
    /// The scale of this run.
    public let scale: Scale
    /// The experiment being run.
    public let experiment: ExperimentInfo
    /// Writes to the run's log file and to standard error.
    public let logger: Logger
    /// How many worker threads the experiment may use for independent work items
    /// (`repro run --workers`, default every core). Outputs must not depend on it,
    /// so it is not part of the cache key.
    public let workers: Int

    private let dataRoot: URL
    private let declaredInputs: Set<String>
    private let stagingDirectory: URL
    private let upstreamArtifacts: [String: URL]
    private let progressSink: ProgressSink

    /// A folder kept across runs of this experiment at this scale, for resumable
    /// work (e.g. a benchmark build that continues where a killed run stopped).
    public let workDirectory: URL

    /// Creates the context of one run; `inputs` are the inputs the experiment declared
    /// for its config, the only files ``input(_:)`` resolves.
    init(
        scale: Scale, experiment: ExperimentInfo, logger: Logger, dataRoot: URL, inputs: [DataInput],
        stagingDirectory: URL, workDirectory: URL, upstreamArtifacts: [String: URL],
        progressSink: ProgressSink, workers: Int = 1
    ) {
        self.workers = max(1, workers)
        self.scale = scale
        self.experiment = experiment
        self.logger = logger
        self.dataRoot = dataRoot
        self.declaredInputs = Set(inputs.map(\.path))
        self.stagingDirectory = stagingDirectory
        self.workDirectory = workDirectory
        self.upstreamArtifacts = upstreamArtifacts
        self.progressSink = progressSink
    }

    /// The location of the declared input `path` (relative to the data root, spelled
    /// as declared). Throws ``HarnessError/invalidExperiment(_:)`` naming the experiment
    /// and the file when `path` is not among the inputs declared for this run's config,
    /// and ``HarnessError/missingInput(path:hint:)`` when the file is absent.
    public func input(_ path: String) throws -> URL {
        guard declaredInputs.contains(path) else {
            throw HarnessError.invalidExperiment(
                "\(experiment.id) reads undeclared input \(path): declare it in inputs(for:)")
        }
        let url = dataRoot.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw HarnessError.missingInput(path: url.path, hint: DataRoot.howToGet)
        }
        return url
    }

    /// The location of a declared input.
    public func input(_ input: DataInput) throws -> URL { try self.input(input.path) }

    /// Where to write an output file named `filename` (e.g. `figure9-released.svg`).
    ///
    /// Figures (`.pdf`, `.svg`, `.png`) are published under `figures/<paper>/`,
    /// tables (`.csv`, `.tex`, `.html`, `.md`) under `tables/<paper>/`; any other
    /// file (a fitted model, a database) stays in the cache for later runs.
    public func output(_ filename: String) -> URL {
        stagingDirectory.appendingPathComponent(filename)
    }

    /// A file produced by an upstream experiment this one declared in
    /// ``Experiment/upstream``, at the same scale.
    public func upstreamArtifact(of experimentID: String, named filename: String) throws -> URL {
        guard let folder = upstreamArtifacts[experimentID] else {
            throw HarnessError.invalidExperiment(
                "\(experiment.id): reads \(experimentID) but does not declare it upstream")
        }
        let url = folder.appendingPathComponent(filename)
        guard FileManager.default.fileExists(atPath: url.path) else {
            guard let written = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
                throw HarnessError.missingInput(path: url.path, hint: "run `repro run \(experimentID)` first")
            }
            // The upstream ran; the name asked for (usually from this run's config) is not one it wrote.
            let kind = url.pathExtension
            let alike = written.filter { kind.isEmpty || $0.hasSuffix(".\(kind)") }.sorted()
            throw HarnessError.missingInput(
                path: url.path,
                hint: "\(experimentID) wrote no such file (its \(kind.isEmpty ? "" : ".\(kind) ")files: "
                    + "\(alike.isEmpty ? "none" : alike.joined(separator: ", "))); check the names in this run's config")
        }
        return url
    }

    /// Starts reporting progress over `total` steps of work named `label`.
    public func progress(_ label: String, total: Int) -> Progress {
        Progress(label: label, total: total, sink: progressSink, logger: logger)
    }
}
