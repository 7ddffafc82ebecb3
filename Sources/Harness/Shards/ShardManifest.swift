import Foundation

/// What a shard run leaves beside its work: which run it belongs to and whether it finished.
///
/// Written as `shards/shard-<i>-of-<n>.json` in the run's work folder when the shard starts
/// (`running`) and rewritten when it ends (`complete` or `failed`).
public struct ShardManifest: Codable, Sendable, Equatable {
    /// Where a shard run stands.
    public enum Status: String, Codable, Sendable {
        case running, complete, failed
    }

    /// The shard.
    public var shard: Shard
    /// The cache key of the run the shard belongs to.
    public var key: String
    /// The parts of that key, so a mismatch can say what differs.
    public var sources: String
    public var configJSON: String
    public var inputs: [String]
    public var platform: String
    /// Where it stands.
    public var status: Status
    /// The process and host that wrote it (a running shard whose process is gone is stale).
    public var pid: Int32
    public var host: String
    /// Why it failed.
    public var error: String?

    /// The manifest file of `shard` in the work folder `folder`.
    public static func url(for shard: Shard, in folder: URL) -> URL {
        folder.appendingPathComponent("shards").appendingPathComponent(shard.fileStem + ".json")
    }

    /// Every manifest in the work folder `folder`, by file name order.
    public static func all(in folder: URL) -> [(URL, Result<ShardManifest, Error>)] {
        let shards = folder.appendingPathComponent("shards")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: shards.path)) ?? [])
            .filter { $0.hasPrefix("shard-") && $0.hasSuffix(".json") }.sorted()
        return names.map { name in
            let url = shards.appendingPathComponent(name)
            return (url, Result { try JSONDecoder().decode(ShardManifest.self, from: Data(contentsOf: url)) })
        }
    }

    /// Writes the manifest atomically.
    public func write(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(self).write(to: url, options: .atomic)
    }

    /// What differs between this shard's run and the run keyed by `other`, in words.
    public func difference(from other: CacheKey) -> String {
        var parts: [String] = []
        if sources != other.sources { parts.append("code version") }
        if configJSON != other.configJSON { parts.append("config") }
        if inputs != other.inputs { parts.append("input digests") }
        if platform != other.platform { parts.append("toolchain or libraries") }
        return parts.isEmpty ? "cache key" : parts.joined(separator: ", ")
    }
}
