/// The version of the code that produced something: a git commit and whether the tree was dirty.
public struct SiteCodeVersion: Sendable, Codable, Equatable {
    /// The full or abbreviated commit hash.
    public var commit: String
    /// Whether the working tree had uncommitted changes.
    public var dirty: Bool

    /// Creates a code version.
    public init(commit: String, dirty: Bool = false) {
        self.commit = commit
        self.dirty = dirty
    }

    /// The commit, abbreviated to 12 characters, with ` (dirty)` when the tree was dirty.
    public var display: String {
        String(commit.prefix(12)) + (dirty ? " (dirty)" : "")
    }
}
