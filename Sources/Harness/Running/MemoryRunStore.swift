import Foundation

/// A run store in memory, for tests and dry runs.
public final class MemoryRunStore: RunStore, @unchecked Sendable {
    private let lock = NSLock()
    private var runs: [RunRecord] = []
    private var current: [String: Int64] = [:]
    private var digests: [String: (FileStamp, String)] = [:]

    /// Creates an empty store.
    public init() {}

    /// Every stored run, oldest first.
    public var allRuns: [RunRecord] { lock.withLock { runs } }

    public func insert(_ run: RunRecord) throws -> Int64 {
        lock.withLock {
            var run = run
            run.id = Int64(runs.count + 1)
            runs.append(run)
            return Int64(runs.count)
        }
    }

    public func successfulRun(cacheKey: String) throws -> RunRecord? {
        lock.withLock { runs.last { $0.cacheKey == cacheKey && $0.status == .ok } }
    }

    public func markCurrent(experiment: String, runID: Int64) throws {
        lock.withLock { current[experiment] = runID }
    }

    public func currentRun(experiment: String) throws -> RunRecord? {
        lock.withLock { current[experiment].flatMap { id in runs.first { $0.id == id } } }
    }

    public func latestRun(experiment: String) throws -> RunRecord? {
        lock.withLock { runs.last { $0.experiment == experiment } }
    }

    public func knownDigest(path: String, stamp: FileStamp) throws -> String? {
        lock.withLock {
            guard let (known, digest) = digests[path], known == stamp else { return nil }
            return digest
        }
    }

    public func rememberDigest(path: String, stamp: FileStamp, sha256: String) throws {
        lock.withLock { digests[path] = (stamp, sha256) }
    }
}
