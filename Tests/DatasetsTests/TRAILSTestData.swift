import Foundation
import TestSupport

@testable import Datasets

/// Locates the TRAILS released files for tests: `$REPRO_DATA`, `../shared/data` beside
/// the project, or the project's `data/` (the same order as Harness's `DataRoot`).
enum TRAILSTestData {
    static let root = PaperData.root

    static let available = FileManager.default.fileExists(
        atPath: root.appendingPathComponent(TRAILS.scriptConstantsPath).path)

    static func url(_ path: String?) -> URL {
        root.appendingPathComponent(path ?? "missing")
    }

    static func data(_ text: String) -> Data { Data(text.utf8) }
}
