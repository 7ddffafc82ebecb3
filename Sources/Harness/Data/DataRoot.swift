import Foundation

/// Where input data is read from: `$REPRO_DATA`, else `../shared/data` beside
/// the project when it exists, else the project's own `data/` (filled by `make data`).
public enum DataRoot {
    /// The advice printed with a missing input.
    public static let howToGet =
        "run `make data`, or point REPRO_DATA at a folder holding the paper data (see its SOURCE.md)"

    /// Resolves the data root for a project rooted at `projectRoot`.
    public static func resolve(
        projectRoot: URL, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL {
        if let explicit = environment["REPRO_DATA"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, relativeTo: projectRoot).standardizedFileURL
        }
        let shared = projectRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/data").standardizedFileURL
        if FileManager.default.fileExists(atPath: shared.path) { return shared }
        return projectRoot.appendingPathComponent("data")
    }
}
