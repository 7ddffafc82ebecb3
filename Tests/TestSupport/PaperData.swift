import Foundation
import Harness

/// Where tests read the papers' released data: the harness's own ``DataRoot`` order
/// (`$REPRO_DATA`, then `../shared/data` beside the project, then the project's `data/`).
public enum PaperData {
    /// The project root (the folder holding `Package.swift`).
    public static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The data root.
    public static let root: URL = DataRoot.resolve(projectRoot: projectRoot)
}
