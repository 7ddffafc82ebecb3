import Foundation

@testable import Datasets

/// Locates the TRAILS released files for tests: `$REPRO_DATA`, `../shared/data` beside
/// the project, or the project's `data/` (the same order as Harness's `DataRoot`).
enum TRAILSTestData {
    static let root: URL = {
        let project = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        if let explicit = ProcessInfo.processInfo.environment["REPRO_DATA"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, relativeTo: project).standardizedFileURL
        }
        let shared = project.deletingLastPathComponent().appendingPathComponent("shared/data")
        if FileManager.default.fileExists(atPath: shared.path) { return shared }
        return project.appendingPathComponent("data")
    }()

    static let available = FileManager.default.fileExists(
        atPath: root.appendingPathComponent(TRAILS.scriptConstantsPath).path)

    static func url(_ path: String?) -> URL {
        root.appendingPathComponent(path ?? "missing")
    }

    static func data(_ text: String) -> Data { Data(text.utf8) }
}
