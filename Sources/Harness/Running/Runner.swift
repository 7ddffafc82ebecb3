#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics
import Foundation
import Logging

/// Runs experiments: resolves their config, hashes their inputs and code into a
/// cache key, reuses a cached result when the key is unchanged, and otherwise
/// computes in a staging folder, then publishes and records the run.
///
/// Compute-or-reuse of one key holds an exclusive lock on `.repro/locks/<key>.lock`, so a
/// second process with the same key waits and then takes the first one's result; a cache
/// hit republishes only files whose SHA-256 still matches the record (else it recomputes).
public final class Runner: @unchecked Sendable {
    /// What running one experiment came to.
    public struct Outcome: Sendable {
        /// The run whose outputs are now published.
        public var record: RunRecord
        /// True when nothing was recomputed.
        public var cached: Bool
        /// Published files, relative to the output root.
        public var published: [String]
    }

    /// Where sources, data and outputs live.
    public let layout: ProjectLayout
    /// Where runs are recorded.
    public let store: any RunStore
    /// The BLAS thread count runs are pinned to (recorded; part of the cache key).
    public let threads: Int
    /// The lowest log level echoed to standard error.
    public var echoLevel: Logger.Level
    /// Worker threads an experiment may use (see ``RunContext/workers``); not part of the cache key.
    public var workers: Int
    private let experiments: [String: any Experiment.Type]
    let progressSink: ProgressSink
    private let platformOverride: Platform?

    /// The toolchain and system library versions runs are keyed by (probed once per process).
    public var platform: Platform { platformOverride ?? .current }

    /// Creates a runner over `experiments`.
    public init(
        layout: ProjectLayout, store: any RunStore, experiments: [any Experiment.Type],
        threads: Int = 1, echoLevel: Logger.Level = .info,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, platform: Platform? = nil
    ) {
        self.platformOverride = platform
        self.workers = max(1, workers)
        self.layout = layout
        self.store = store
        self.threads = threads
        self.echoLevel = echoLevel
        self.experiments = Dictionary(experiments.map { ($0.info.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.progressSink = .standardError
    }

    /// All experiment ids, sorted.
    public var ids: [String] { experiments.keys.sorted() }

    /// The experiment with `id`; throws with suggestions when there is none.
    public func experiment(_ id: String) throws -> any Experiment.Type {
        guard let type = experiments[id] else {
            throw HarnessError.unknownExperiment(id: id, known: ids)
        }
        return type
    }

    /// Runs experiment `id` at `scale` (its default scale when nil).
    @discardableResult
    public func run(_ id: String, scale: Scale? = nil, overrides: [String] = [], force: Bool = false) throws -> Outcome {
        let type = try experiment(id)
        return try execute(type, scale: scale ?? type.defaultScale, overrides: overrides, force: force, chain: [])
    }

    /// The config `id` would run with at `scale` after `overrides`, as pretty JSON.
    public func resolvedConfig(_ id: String, scale: Scale, overrides: [String]) throws -> String {
        func resolve<E: Experiment>(_ type: E.Type) throws -> String {
            try ConfigCoding.prettyJSON(Self.config(of: type, defaults: E.defaultConfig(for: scale), overrides: overrides))
        }
        return try resolve(try experiment(id))
    }

    /// `defaults` with `overrides` applied, checked against the experiment's ranges, its
    /// non-empty lists and its own ``Experiment/validate(_:)``.
    static func config<E: Experiment>(of type: E.Type, defaults: E.Config, overrides: [String]) throws -> E.Config {
        let config = try ConfigCoding.apply(overrides, to: defaults, ranges: E.configRanges, nonEmpty: E.nonEmptyKeys)
        do {
            try E.validate(config)
        } catch {
            throw HarnessError.badOverride("\(E.info.id): \((error as? any ReproError)?.line ?? "\(error)")")
        }
        return config
    }

    /// A run made ready: its config, inputs, upstream results and cache key.
    struct Prepared<E: Experiment> {
        var config: E.Config
        var defaults: E.Config
        var inputs: [InputRecord]
        var upstreamFolders: [String: URL]
        var key: CacheKey
        var digest: String { key.digest }
    }

    /// Resolves the config of `type` at `scale`, runs its upstream experiments, hashes its
    /// inputs and code, and computes its cache key.
    func prepare<E: Experiment>(
        _ type: E.Type, scale: Scale, overrides: [String], chain: [String]
    ) throws -> Prepared<E> {
        let info = E.info
        guard !chain.contains(info.id) else {
            throw HarnessError.invalidExperiment("upstream cycle: \((chain + [info.id]).joined(separator: " -> "))")
        }
        let declaration = try ExperimentDeclaration.load(id: info.id, layout: layout)
        let defaults = E.defaultConfig(for: scale)
        let config: E.Config
        do {
            config = try Self.config(of: type, defaults: defaults, overrides: overrides)
        } catch {
            try recordRejectedConfig(info: info, scale: scale, defaults: defaults, overrides: overrides, reason: "\(error)")
            throw error
        }

        var upstreamFolders: [String: URL] = [:]
        var upstreamKeys: [String] = []
        for upstreamID in E.upstream.sorted() {
            let upstreamType = try experiment(upstreamID)
            let outcome = try execute(upstreamType, scale: scale, overrides: [], force: false, chain: chain + [info.id])
            upstreamFolders[upstreamID] = layout.cache.appendingPathComponent(outcome.record.cacheKey)
            upstreamKeys.append("\(upstreamID)=\(outcome.record.cacheKey)")
        }

        let inputs = try hashInputs(E.inputs(for: config))
        let configJSON = try ConfigCoding.canonicalJSON(config)
        let sources = try SourceFingerprint.compute(experimentID: info.id, engines: declaration.engines, layout: layout)
        let key = CacheKey(
            experiment: info.id, scale: scale, configJSON: configJSON, inputs: inputs.map { "\($0.path)=\($0.sha256)" },
            sources: sources, upstream: upstreamKeys, threads: threads, platform: platform.summary)
        return Prepared(config: config, defaults: defaults, inputs: inputs, upstreamFolders: upstreamFolders, key: key)
    }

    func execute<E: Experiment>(
        _ type: E.Type, scale: Scale, overrides: [String], force: Bool, chain: [String]
    ) throws -> Outcome {
        let info = E.info
        let prepared = try prepare(type, scale: scale, overrides: overrides, chain: chain)
        let (config, defaults, inputs, upstreamFolders) = (prepared.config, prepared.defaults, prepared.inputs, prepared.upstreamFolders)
        let key = prepared.digest

        let lock = try FileLock.acquire(layout.cacheLock(key)) {
            notice(info.id, "waiting for another repro process that is computing the same run (key \(key.prefix(12)))")
        }
        defer { lock.release() }
        let workFolder = layout.workFolder(info.id, scale: scale, key: key)
        if force { try? FileManager.default.removeItem(at: workFolder) }

        if !force, let cached = try cachedRun(key: key, info: info) {
            let published = try publish(cached, from: layout.cache.appendingPathComponent(key), info: info)
            try store.markCurrent(experiment: info.id, runID: cached.id ?? 0)
            removeStaleWork(info.id, scale: scale, keeping: key)
            return Outcome(record: cached, cached: true, published: published)
        }

        let outcome = try compute(
            type, config: config, defaults: defaults, scale: scale, key: key, inputs: inputs,
            upstreamFolders: upstreamFolders, workFolder: workFolder)
        removeStaleWork(info.id, scale: scale, keeping: key)
        return outcome
    }

    /// Records a run refused before it started (a `--set` value out of range), so the
    /// failure is on record like any other.
    func recordRejectedConfig<C: ExperimentConfig>(
        info: ExperimentInfo, scale: Scale, defaults: C, overrides: [String], reason: String
    ) throws {
        let now = Date()
        let defaultsJSON = try ConfigCoding.canonicalJSON(defaults)
        let record = RunRecord(
            experiment: info.id, scale: scale, status: .failed, error: reason, cacheKey: "",
            configJSON: defaultsJSON, defaultConfigJSON: defaultsJSON, code: CodeVersion.current(root: layout.root),
            threads: threads, startedAt: now, endedAt: now, peakMemoryBytes: 0, logPath: "", inputs: [],
            artifacts: [], numbers: [:], notes: overrides.map { "--set \($0)" }, platform: platform.summary)
        _ = try? store.insert(record)
    }

    /// Writes one line to standard error unless the runner is quiet.
    func notice(_ id: String, _ message: String) {
        guard echoLevel <= .notice else { return }
        FileHandle.standardError.write(Data("[\(id)] \(message)\n".utf8))
    }

    /// Removes the experiment's work folders at `scale` of every key but `key` (and files
    /// left there by older layouts), except those of a key another process is computing now.
    private func removeStaleWork(_ id: String, scale: Scale, keeping key: String) {
        let folder = layout.workFolders(id, scale: scale)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name != key {
            var held: FileLock?
            if name.count == 64, name.allSatisfy(\.isHexDigit) {
                guard let free = try? FileLock.tryAcquire(layout.cacheLock(name)) else { continue }
                held = free
            }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            held?.release()
        }
    }

    private func compute<E: Experiment>(
        _ type: E.Type, config: E.Config, defaults: E.Config, scale: Scale, key: String,
        inputs: [InputRecord], upstreamFolders: [String: URL], workFolder: URL
    ) throws -> Outcome {
        let info = E.info
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: layout.cache, withIntermediateDirectories: true)
        removeAbandonedStaging()
        let staging = layout.cache.appendingPathComponent(".staging-\(key)-\(Self.uniqueSuffix())")
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        try fileManager.createDirectory(at: workFolder, withIntermediateDirectories: true)

        let logFile = LogFile(url: staging.appendingPathComponent("run.log"))
        let echo = echoLevel
        let logger = Logger(label: info.id) { label in
            RunLogHandler(file: logFile, label: label, echoLevel: echo)
        }
        let code = CodeVersion.current(root: layout.root)
        logger.info("run \(info.id) at \(scale) scale, code \(code.short), \(threads) BLAS thread(s)")
        let configText = try ConfigCoding.canonicalJSON(config)
        logger.info("config \(configText)")
        logger.info("platform \(platform.summary)")
        for input in inputs { logger.info("input \(input.path) sha256 \(input.sha256)") }

        let context = RunContext(
            scale: scale, experiment: info, logger: logger, dataRoot: layout.dataRoot, inputs: E.inputs(for: config),
            stagingDirectory: staging, workDirectory: workFolder, upstreamArtifacts: upstreamFolders,
            progressSink: progressSink, workers: workers)

        PeakMemory.reset()
        let started = Date()
        /// Files the failure (log kept under failed/, staging removed, a failed record) and
        /// returns the error to throw.
        func failure(_ reason: String) -> Error {
            logger.error("failed: \(reason)")
            logFile.close()
            let ended = Date()
            try? fileManager.createDirectory(at: layout.failedLogs, withIntermediateDirectories: true)
            let failedLog = layout.failedLogs.appendingPathComponent(
                info.id.replacingOccurrences(of: "/", with: "-") + "-\(Int(started.timeIntervalSince1970)).log")
            try? fileManager.removeItem(at: failedLog)
            try? fileManager.moveItem(at: staging.appendingPathComponent("run.log"), to: failedLog)
            try? fileManager.removeItem(at: staging)
            let record = RunRecord(
                experiment: info.id, scale: scale, status: .failed, error: reason, cacheKey: key,
                configJSON: configText, defaultConfigJSON: (try? ConfigCoding.canonicalJSON(defaults)) ?? "",
                code: code, threads: threads, startedAt: started, endedAt: ended, peakMemoryBytes: PeakMemory.bytes(),
                logPath: layout.relative(failedLog), inputs: inputs, artifacts: [], numbers: [:], notes: [],
                platform: platform.summary)
            _ = try? store.insert(record)
            return HarnessError.runFailed(id: info.id, reason: reason)
        }
        let result: RunResult
        do {
            result = try E.run(config: config, context: context)
        } catch {
            throw failure(String(describing: error))
        }
        if let undefined = result.numbers.filter({ !$0.value.isFinite }).min(by: { $0.key < $1.key }) {
            throw failure("number '\(undefined.key)' came out \(undefined.value), so this config leaves it "
                + "undefined; nothing was published (config \(configText))")
        }
        let ended = Date()
        let peak = PeakMemory.bytes()
        logger.info("finished in \(formatDuration(ended.timeIntervalSince(started))), peak memory \(peak / 1_048_576) MiB")
        logFile.close()

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode(result).write(to: staging.appendingPathComponent("result.json"))

        let final = layout.cache.appendingPathComponent(key)
        try replaceFolder(final, with: staging, key: key)

        var record = RunRecord(
            experiment: info.id, scale: scale, status: .ok, cacheKey: key,
            configJSON: try ConfigCoding.canonicalJSON(config),
            defaultConfigJSON: try ConfigCoding.canonicalJSON(defaults), code: code, threads: threads,
            startedAt: started, endedAt: ended, peakMemoryBytes: peak,
            logPath: layout.relative(final.appendingPathComponent("run.log")), inputs: inputs,
            artifacts: try artifacts(in: final, info: info), numbers: result.numbers, notes: result.notes,
            platform: platform.summary)
        let published = try publish(record, from: final, info: info)
        record.id = try store.insert(record)
        try store.markCurrent(experiment: info.id, runID: record.id ?? 0)
        return Outcome(record: record, cached: false, published: published)
    }

    // MARK: - Inputs

    func hashInputs(_ declared: [DataInput]) throws -> [InputRecord] {
        let unique = Dictionary(declared.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        return try unique.keys.sorted().map { path in
            let url = layout.dataRoot.appendingPathComponent(path)
            guard let stamp = FileStamp.of(url) else {
                throw HarnessError.missingInput(path: url.path, hint: howToGet(path))
            }
            let digest: String
            if let known = try store.knownDigest(path: url.path, stamp: stamp) {
                digest = known
            } else {
                digest = try Digest.sha256(fileAt: url)
                try store.rememberDigest(path: url.path, stamp: stamp, sha256: digest)
            }
            return InputRecord(path: path, sha256: digest, bytes: stamp.bytes, source: unique[path]?.source ?? "")
        }
    }

    /// How to get the missing input `path`: fetch the papers' data when a `data.json` lists it;
    /// otherwise it is a name in the run's config (a `--set` file path) that no paper's data has.
    func howToGet(_ path: String) -> String {
        let manifests = (try? DataManifest.all(in: layout)) ?? []
        guard !manifests.isEmpty, !manifests.contains(where: { $0.files.contains { $0.path == path } }) else {
            return DataRoot.howToGet
        }
        return "no experiments/*/data.json lists this file; check the file names in this run's config"
    }

    // MARK: - Cache and publishing

    /// The recorded run of `key` when every cached file still has its recorded SHA-256;
    /// nil (and a logged line) when one is missing or differs, so the run is recomputed.
    private func cachedRun(key: String, info: ExperimentInfo) throws -> RunRecord? {
        guard let record = try store.successfulRun(cacheKey: key) else { return nil }
        let folder = layout.cache.appendingPathComponent(key)
        for artifact in record.artifacts {
            let cachedFile = folder.appendingPathComponent(artifact.name)
            guard let digest = try? Digest.sha256(fileAt: cachedFile) else {
                notice(info.id, "cached \(artifact.name) is missing from \(layout.relative(folder)); recomputing")
                return nil
            }
            guard digest == artifact.sha256 else {
                notice(info.id, "cached \(artifact.name) in \(layout.relative(folder)) does not match its recorded SHA-256; recomputing")
                return nil
            }
        }
        return record
    }

    /// Puts `staging` at `final`: the old folder is renamed aside first, so `final` is
    /// at every moment either the old complete folder, absent, or the new complete one.
    private func replaceFolder(_ final: URL, with staging: URL, key: String) throws {
        let trash = layout.cache.appendingPathComponent(".trash-\(key)-\(Self.uniqueSuffix())")
        let hadOld = FileManager.default.fileExists(atPath: final.path)
        if hadOld { try AtomicFile.rename(final, to: trash) }
        try AtomicFile.rename(staging, to: final)
        if hadOld { try? FileManager.default.removeItem(at: trash) }
    }

    /// A suffix no other run uses: random, then this process's id (read by ``removeAbandonedStaging()``).
    private static func uniqueSuffix() -> String {
        "\(UUID().uuidString.prefix(8).lowercased())-\(getpid())"
    }

    private func artifacts(in folder: URL, info: ExperimentInfo) throws -> [ArtifactRecord] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try names.filter { $0 != "run.log" && $0 != "result.json" && !$0.hasPrefix(".") }.map { name in
            let url = folder.appendingPathComponent(name)
            let kind = ArtifactRecord.kind(ofFileNamed: name)
            let bytes = ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.int64Value ?? 0
            let path = publishedURL(name: name, kind: kind, info: info).map(layout.relative) ?? layout.relative(url)
            return ArtifactRecord(name: name, kind: kind, path: path, sha256: try Digest.sha256(fileAt: url), bytes: bytes)
        }
    }

    /// Where an artifact is published: `figures/<paper>/<name>` or `tables/<paper>/<name>`,
    /// the name prefixed with the experiment's name unless it already starts with it.
    func publishedURL(name: String, kind: ArtifactRecord.Kind, info: ExperimentInfo) -> URL? {
        let leaf = info.name.replacingOccurrences(of: "/", with: "-")
        let fileName = name.hasPrefix(leaf) ? name : "\(leaf)-\(name)"
        switch kind {
        case .figure: return layout.figures.appendingPathComponent(info.paper).appendingPathComponent(fileName)
        case .table: return layout.tables.appendingPathComponent(info.paper).appendingPathComponent(fileName)
        case .data: return nil
        }
    }

    private func publish(_ record: RunRecord, from folder: URL, info: ExperimentInfo) throws -> [String] {
        var published: [String] = []
        for artifact in record.artifacts {
            guard let destination = publishedURL(name: artifact.name, kind: artifact.kind, info: info) else { continue }
            let source = folder.appendingPathComponent(artifact.name)
            if let existing = try? Digest.sha256(fileAt: destination), existing == artifact.sha256 {
                published.append(layout.relative(destination))
                continue
            }
            try AtomicFile.copy(source, to: destination)
            published.append(layout.relative(destination))
        }
        return published
    }

    private func removeAbandonedStaging() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: layout.cache.path)) ?? []
        for name in names where name.hasPrefix(".staging-") || name.hasPrefix(".trash-") {
            let pid = Int32(name.split(separator: "-").last ?? "") ?? 0
            if pid <= 0 || (pid != getpid() && kill(pid, 0) != 0) {
                try? FileManager.default.removeItem(at: layout.cache.appendingPathComponent(name))
            }
        }
    }
}
