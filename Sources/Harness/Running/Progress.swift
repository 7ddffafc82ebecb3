import Foundation
import Logging

/// Reports how far a long piece of work has come, with an estimate of the time left.
///
/// On a terminal it redraws one line (`label  45% 450/1000  ETA 1m20s`); otherwise
/// it logs a plain line at every tenth of the work.
public final class Progress: @unchecked Sendable {
    private let label: String
    private let total: Int
    private let sink: ProgressSink
    private let logger: Logger
    private let start = Date()
    private let lock = NSLock()
    private var done = 0
    private var lastReportedTenth = -1
    private var lastDraw = Date.distantPast

    init(label: String, total: Int, sink: ProgressSink, logger: Logger) {
        self.label = label
        self.total = max(total, 1)
        self.sink = sink
        self.logger = logger
    }

    /// Marks `steps` more steps as done.
    public func advance(by steps: Int = 1) {
        lock.lock()
        done = min(done + steps, total)
        let current = done
        let now = Date()
        let tenth = current * 10 / total
        let shouldLog = tenth != lastReportedTenth
        let shouldDraw = now.timeIntervalSince(lastDraw) > 0.2 || current == total
        if shouldLog { lastReportedTenth = tenth }
        if shouldDraw { lastDraw = now }
        lock.unlock()

        let line = Self.describe(label: label, done: current, total: total, elapsed: now.timeIntervalSince(start))
        if sink.isTerminal {
            if shouldDraw { sink.draw(line, final: current == total) }
        } else if shouldLog {
            logger.info("\(line)")
        }
    }

    /// Marks the work as finished.
    public func finish() { advance(by: total) }

    /// The text of a progress line.
    static func describe(label: String, done: Int, total: Int, elapsed: TimeInterval) -> String {
        let percent = Int((Double(done) / Double(total) * 100).rounded(.down))
        var line = "\(label)  \(percent)% \(done)/\(total)"
        if done > 0 && done < total {
            let remaining = elapsed / Double(done) * Double(total - done)
            line += "  ETA \(formatDuration(remaining))"
        } else if done == total {
            line += "  in \(formatDuration(elapsed))"
        }
        return line
    }
}

/// Formats seconds as `42s`, `3m05s` or `2h07m`.
public func formatDuration(_ seconds: TimeInterval) -> String {
    let s = Int(seconds.rounded())
    if seconds < 10 { return String(format: "%.1fs", seconds) }
    if s < 60 { return "\(s)s" }
    if s < 3600 { return String(format: "%dm%02ds", s / 60, s % 60) }
    return String(format: "%dh%02dm", s / 3600, (s % 3600) / 60)
}

/// Where progress lines go: a redrawn terminal line, or nothing (log lines only).
struct ProgressSink: Sendable {
    var isTerminal: Bool

    func draw(_ line: String, final: Bool) {
        let text = "\r\u{1B}[2K" + line + (final ? "\n" : "")
        FileHandle.standardError.write(Data(text.utf8))
    }

    static var standardError: ProgressSink {
        ProgressSink(isTerminal: isatty(STDERR_FILENO) == 1)
    }
}
