import Foundation
import Logging

extension Runner {
    /// Where a sharded build of one run stands.
    public struct ShardPlan: Sendable {
        /// The run's cache key.
        public var key: String
        /// Its work folder, where shards write.
        public var workFolder: URL
        /// Indices of the shards of an `n`-shard split that are complete for this key.
        public var complete: Set<Int>
        /// The parts of the key, to say what differs from a shard of another run.
        var parts: CacheKey
    }

    /// The cache key and finished shards of experiment `id` split into `count` shards.
    public func shardPlan(_ id: String, scale: Scale? = nil, overrides: [String] = [], count: Int) throws -> ShardPlan {
        let type = try experiment(id)
        func plan<E: Experiment>(_ type: E.Type) throws -> ShardPlan {
            let scale = scale ?? E.defaultScale
            let prepared = try prepare(type, scale: scale, overrides: overrides, chain: [])
            let folder = layout.workFolder(E.info.id, scale: scale, key: prepared.digest)
            let complete = ShardManifest.all(in: folder).compactMap { _, result -> Int? in
                guard case .success(let manifest) = result, manifest.key == prepared.digest,
                      manifest.shard.count == count, manifest.status == .complete else { return nil }
                return manifest.shard.index
            }
            return ShardPlan(key: prepared.digest, workFolder: folder, complete: Set(complete), parts: prepared.key)
        }
        return try plan(type)
    }

    /// Builds shard `shard` of experiment `id` into its run's work folder; publishes nothing.
    ///
    /// Shards of one run take the run's lock shared, so they build side by side while an
    /// ordinary run or a merge of the same key waits for them. The shard's log is written
    /// beside its manifest, `shards/shard-<i>-of-<n>.log`.
    public func runShard(_ id: String, scale: Scale? = nil, overrides: [String] = [], shard: Shard) throws {
        let type = try experiment(id)
        guard let sharded = type as? any ShardableExperiment.Type else {
            throw HarnessError.invalidExperiment("\(id): cannot be built in shards (only experiments whose work splits, e.g. trails/benchmark)")
        }
        try buildShard(sharded, scale: scale ?? type.defaultScale, overrides: overrides, shard: shard)
    }

    private func buildShard<E: ShardableExperiment>(_ type: E.Type, scale: Scale, overrides: [String], shard: Shard) throws {
        let info = E.info
        let prepared = try prepare(type, scale: scale, overrides: overrides, chain: [])
        let key = prepared.digest
        let lock = try FileLock.acquireShared(layout.cacheLock(key)) {
            notice(info.id, "waiting for another repro process that holds run \(key.prefix(12))")
        }
        defer { lock.release() }
        let folder = layout.workFolder(info.id, scale: scale, key: key)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let manifestURL = ShardManifest.url(for: shard, in: folder)
        var manifest = ShardManifest(
            shard: shard, key: key, sources: prepared.key.sources, configJSON: prepared.key.configJSON,
            inputs: prepared.key.inputs, platform: prepared.key.platform, status: .running,
            pid: getpid(), host: ProcessInfo.processInfo.hostName)
        try manifest.write(to: manifestURL)

        let logFile = LogFile(url: manifestURL.deletingPathExtension().appendingPathExtension("log"))
        let echo = echoLevel
        let logger = Logger(label: info.id) { label in RunLogHandler(file: logFile, label: label, echoLevel: echo) }
        logger.info("shard \(shard) of \(info.id) at \(scale) scale, key \(key.prefix(12)), \(workers) worker(s)")
        let staging = folder.appendingPathComponent("shards").appendingPathComponent(".staging-\(shard.fileStem)")
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: staging) }
        let context = RunContext(
            scale: scale, experiment: info, logger: logger, dataRoot: layout.dataRoot, inputs: E.inputs(for: prepared.config),
            stagingDirectory: staging,
            workDirectory: folder, upstreamArtifacts: prepared.upstreamFolders, progressSink: progressSink, workers: workers)
        do {
            try E.runShard(shard, config: prepared.config, context: context)
        } catch {
            logger.error("failed: \(error)")
            logFile.close()
            manifest.status = .failed
            manifest.error = "\(error)"
            try? manifest.write(to: manifestURL)
            throw HarnessError.runFailed(id: "\(info.id) shard \(shard)", reason: "\(error)")
        }
        logger.info("shard \(shard) complete")
        logFile.close()
        manifest.status = .complete
        try manifest.write(to: manifestURL)
    }

    /// Folds the `count` shards of experiment `id` into its published result: checks that every
    /// shard of the split is complete and belongs to this run (code, config, inputs, platform),
    /// then runs the experiment, which builds nothing the shards built.
    ///
    /// Refuses, with one line naming the shard, a shard that is missing, failed, still being
    /// written, built for another run, or from a split into another number of shards.
    @discardableResult
    public func merge(_ id: String, scale: Scale? = nil, overrides: [String] = [], count: Int) throws -> Outcome {
        let type = try experiment(id)
        guard type is any ShardableExperiment.Type else {
            throw HarnessError.invalidExperiment("\(id): cannot be built in shards, so it has none to merge")
        }
        let scale = scale ?? type.defaultScale
        _ = try Shard(index: 0, count: count)
        let plan = try shardPlan(id, scale: scale, overrides: overrides, count: count)
        try checkShards(id: id, scale: scale, plan: plan, count: count)
        return try run(id, scale: scale, overrides: overrides)
    }

    private func checkShards(id: String, scale: Scale, plan: ShardPlan, count: Int) throws {
        func refuse(_ shard: String, _ reason: String) -> HarnessError {
            .runFailed(id: "\(id) merge", reason: "shard \(shard): \(reason)")
        }
        let here = ShardManifest.all(in: plan.workFolder)
        for (url, result) in here {
            guard case .success(let manifest) = result else {
                throw refuse(url.lastPathComponent, "unreadable manifest \(layout.relative(url))")
            }
            if manifest.shard.count != count {
                throw refuse(manifest.shard.description, "belongs to a split into \(manifest.shard.count) shards, which overlaps the \(count)-shard split; remove \(layout.relative(url.deletingLastPathComponent())) or merge with --shards \(manifest.shard.count)")
            }
        }
        let manifests = Dictionary(here.compactMap { _, result in try? result.get() }.map { ($0.shard.index, $0) },
                                   uniquingKeysWith: { first, _ in first })
        for index in 0..<count {
            let name = "\(index)/\(count)"
            guard let manifest = manifests[index] else {
                if let other = shardOfAnotherRun(id: id, scale: scale, shard: try Shard(index: index, count: count), key: plan.key) {
                    throw refuse(name, "was built for another run (its \(other.difference(from: plan.parts)) differ); rebuild it with `repro run \(id) --shard \(name)`")
                }
                throw refuse(name, "missing; build it with `repro run \(id) --shard \(name)`")
            }
            switch manifest.status {
            case .complete: continue
            case .failed: throw refuse(name, "failed: \(manifest.error ?? "see its log")")
            case .running:
                let alive = manifest.host == ProcessInfo.processInfo.hostName ? kill(manifest.pid, 0) == 0 : true
                throw refuse(name, alive
                    ? "still being written (pid \(manifest.pid) on \(manifest.host))"
                    : "was interrupted (pid \(manifest.pid) is gone); build it again with `repro run \(id) --shard \(name)`")
            }
        }
    }

    /// A manifest of `shard` in a work folder of another key, if any.
    private func shardOfAnotherRun(id: String, scale: Scale, shard: Shard, key: String) -> ShardManifest? {
        let folders = layout.workFolders(id, scale: scale)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folders.path)) ?? []).filter { $0 != key }.sorted()
        for name in names {
            let url = ShardManifest.url(for: shard, in: folders.appendingPathComponent(name))
            if let data = try? Data(contentsOf: url), let manifest = try? JSONDecoder().decode(ShardManifest.self, from: data) {
                return manifest
            }
        }
        return nil
    }
}
