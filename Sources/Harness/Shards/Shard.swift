/// One slice of an experiment's work items: those whose index `i` has `i % count == index`.
///
/// Slices of one split are disjoint and cover every item, and an item's result does not
/// depend on which slice built it, so shards built anywhere merge into the single-process result.
public struct Shard: Sendable, Hashable, Codable, CustomStringConvertible {
    /// This slice, from 0.
    public let index: Int
    /// How many slices the work is split into.
    public let count: Int

    /// The most shards a split may have.
    public static let maximumCount = 100_000

    /// Creates shard `index` of `count`; throws one line when out of range.
    public init(index: Int, count: Int) throws {
        guard (1...Self.maximumCount).contains(count) else {
            throw HarnessError.badOverride("--shard: the shard count must be 1...\(Self.maximumCount), got \(count)")
        }
        guard (0..<count).contains(index) else {
            throw HarnessError.badOverride("--shard: the shard index must be 0...\(count - 1) for \(count) shards, got \(index)")
        }
        self.index = index
        self.count = count
    }

    /// Parses `i/n`, e.g. `3/8`.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw HarnessError.badOverride("--shard: expected i/n (e.g. 0/4), got '\(text)'")
        }
        try self.init(index: index, count: count)
    }

    /// True when item `item` belongs to this slice.
    public func contains(_ item: Int) -> Bool { item % count == index }

    /// `i/n`.
    public var description: String { "\(index)/\(count)" }

    /// The file stem of this shard's work, e.g. `shard-3-of-8`.
    public var fileStem: String { "shard-\(index)-of-\(count)" }
}

/// An experiment whose work can be built in ``Shard``s (on a cluster's job array) and merged.
///
/// A shard run builds its slice into ``RunContext/workDirectory`` and publishes nothing; the
/// experiment's ordinary ``Experiment/run(config:context:)`` then folds every shard found
/// there into its result, building only what no shard built.
public protocol ShardableExperiment: Experiment {
    /// Builds `shard`'s slice of the work into `context.workDirectory`.
    static func runShard(_ shard: Shard, config: Config, context: RunContext) throws
}
