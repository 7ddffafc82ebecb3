import Foundation

/// Where the project's sources, data and outputs are on disk.
public struct ProjectLayout: Sendable, Equatable {
    /// The project root (the folder holding `Package.swift`).
    public var root: URL
    /// The data root (see ``DataRoot``).
    public var dataRoot: URL
    /// Published figures: `figures/<paper>/...`.
    public var figures: URL
    /// Published tables: `tables/<paper>/...`.
    public var tables: URL
    /// The static site.
    public var site: URL
    /// Harness state: the results database, the content-addressed cache, work folders.
    public var state: URL

    /// A layout for the project at `root`, with outputs in their usual places.
    public init(root: URL, dataRoot: URL? = nil, outputRoot: URL? = nil) {
        self.root = root.standardizedFileURL
        self.dataRoot = dataRoot ?? DataRoot.resolve(projectRoot: root)
        let out = (outputRoot ?? root).standardizedFileURL
        figures = out.appendingPathComponent("figures")
        tables = out.appendingPathComponent("tables")
        site = out.appendingPathComponent("site")
        state = out.appendingPathComponent(".repro")
    }

    /// The results database.
    public var database: URL { state.appendingPathComponent("results.sqlite") }
    /// The content-addressed cache of finished runs: `cache/<key>/`.
    public var cache: URL { state.appendingPathComponent("cache") }
    /// Logs of failed runs.
    public var failedLogs: URL { state.appendingPathComponent("failed") }

    /// The folder of an experiment's code: `experiments/<paper>/<name>`; a variant
    /// `<paper>/<name>/<variant>` lives in the folder of `<paper>/<name>`.
    public func experimentFolder(_ id: String) -> URL {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        return root.appendingPathComponent("experiments").appendingPathComponent(parts.prefix(2).joined(separator: "/"))
    }

    /// The variant named by an experiment id `<paper>/<name>/<variant>`, nil for `<paper>/<name>`.
    public static func variant(of id: String) -> String? {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count > 2 ? parts.dropFirst(2).joined(separator: "/") : nil
    }

    /// The folder holding an experiment's work folders at a scale, one per cache key.
    public func workFolders(_ id: String, scale: Scale) -> URL {
        state.appendingPathComponent("work").appendingPathComponent(id).appendingPathComponent(scale.rawValue)
    }

    /// The persistent work folder of an experiment at a scale for one cache key: work stored
    /// there belongs to the code, config and inputs that key covers, and no other run reads it.
    public func workFolder(_ id: String, scale: Scale, key: String) -> URL {
        workFolders(id, scale: scale).appendingPathComponent(key)
    }

    /// The lock file serializing compute-or-reuse of one cache key across processes: `locks/<key>.lock`.
    public func cacheLock(_ key: String) -> URL {
        state.appendingPathComponent("locks").appendingPathComponent("\(key).lock")
    }

    /// The project root found from `start` upwards (a folder with `Package.swift`
    /// and `experiments/`), or `REPRO_ROOT` when set.
    public static func findRoot(
        from start: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL? {
        if let explicit = environment["REPRO_ROOT"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit).standardizedFileURL
        }
        var folder = start.standardizedFileURL
        while true {
            let manifest = folder.appendingPathComponent("Package.swift").path
            let experiments = folder.appendingPathComponent("experiments").path
            if FileManager.default.fileExists(atPath: manifest), FileManager.default.fileExists(atPath: experiments) {
                return folder
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// `url` relative to the project root (or the output root), for display and
    /// storage; absolute paths of this machine never reach the site.
    public func relative(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        for base in [state.deletingLastPathComponent().path, root.path] {
            let prefix = base.hasSuffix("/") ? base : base + "/"
            if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        }
        return path
    }
}
