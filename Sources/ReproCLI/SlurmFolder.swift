import Foundation
import Harness

/// Where `repro slurm` writes an experiment's job scripts and its tasks' logs.
enum SlurmFolder {
    /// `.repro/slurm/<id with dashes>-<scale>/` (e.g. `.repro/slurm/trails-benchmark-paper/`).
    static func folder(_ id: String, scale: Scale, layout: ProjectLayout) -> URL {
        layout.state.appendingPathComponent("slurm")
            .appendingPathComponent(id.replacingOccurrences(of: "/", with: "-") + "-\(scale)")
    }

    /// The folder the array and merge tasks log into.
    static func logs(_ id: String, scale: Scale, layout: ProjectLayout) -> URL {
        folder(id, scale: scale, layout: layout).appendingPathComponent("logs")
    }

    /// Every task log of the experiment at `scale`, sorted by name (empty when it never ran on Slurm).
    static func taskLogs(_ id: String, scale: Scale, layout: ProjectLayout) -> [URL] {
        let folder = logs(id, scale: scale, layout: layout)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".log") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
