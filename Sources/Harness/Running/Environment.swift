import Foundation

/// The version of the code a run used: git commit and whether the tree was dirty.
public struct CodeVersion: Sendable, Codable, Equatable {
    /// The commit hash, or `unknown` outside a git checkout.
    public var commit: String
    /// Whether tracked files differed from the commit.
    public var dirty: Bool

    /// Creates a code version.
    public init(commit: String, dirty: Bool) {
        self.commit = commit
        self.dirty = dirty
    }

    /// Short form, e.g. `1a2b3c4d` or `1a2b3c4d+dirty`.
    public var short: String { String(commit.prefix(10)) + (dirty ? "+dirty" : "") }

    /// Reads the code version of the checkout at `root`.
    public static func current(root: URL) -> CodeVersion {
        let commit = git(["rev-parse", "HEAD"], in: root)?.trimmingCharacters(in: .whitespacesAndNewlines)
        let status = git(["status", "--porcelain", "--untracked-files=no"], in: root)
        return CodeVersion(commit: commit ?? "unknown", dirty: !(status ?? "").isEmpty)
    }

    /// Standard output of `git -C folder arguments`, nil when git cannot start or fails.
    private static func git(_ arguments: [String], in folder: URL) -> String? {
        guard let git = try? CapturedProcess.run("git", ["-C", folder.path] + arguments), git.status == 0 else { return nil }
        return git.output
    }
}

/// The process's peak resident memory, resettable between runs (Linux).
public enum PeakMemory {
    /// Resets the peak to the current resident size, where the kernel allows it.
    public static func reset() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// The peak resident memory in bytes since the last reset (VmHWM).
    public static func bytes() -> Int64 {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Int64($0) }.first ?? 0
            return kilobytes * 1024
        }
        return 0
    }
}
