import Foundation
import Harness

/// The provenance of a run as text, for `repro show`.
enum RunDescription {
    static func text(of run: RunRecord) -> String {
        var lines = [
            "experiment  \(run.experiment)",
            "status      \(run.status.rawValue)\(run.error.map { ": \($0)" } ?? "")",
            "scale       \(run.scale)",
            "started     \(run.startedAt.formatted(.iso8601))",
            "duration    \(formatDuration(run.duration))",
            "peak memory \(run.peakMemoryBytes / 1_048_576) MiB",
            "code        \(run.code.short)",
            "threads     \(run.threads)",
            "platform    \(run.platform.isEmpty ? "not recorded" : run.platform)",
            "cache key   \(run.cacheKey)",
            "config      \(run.configJSON)",
            "log         \(run.logPath)",
        ]
        lines += run.inputs.map { "input       \($0.path)  sha256 \($0.sha256)" }
        lines += run.artifacts.map { "artifact    \($0.path)  sha256 \($0.sha256)" }
        lines += run.numbers.sorted { $0.key < $1.key }.map { "number      \($0.key) = \(formatNumber($0.value))" }
        lines += run.notes.map { "note        \($0)" }
        return lines.joined(separator: "\n")
    }
}
