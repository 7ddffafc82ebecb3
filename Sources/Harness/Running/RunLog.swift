import Foundation
import Logging

/// A log handler that writes every message to a run's log file and, above a
/// level, to standard error.
struct RunLogHandler: LogHandler {
    let file: LogFile
    let label: String
    var echoLevel: Logger.Level
    var logLevel: Logger.Level = .debug
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let elapsed = String(format: "%8.2fs", Date().timeIntervalSince(file.start))
        let line = "\(elapsed) \(event.level.rawValue.uppercased().padding(toLength: 7, withPad: " ", startingAt: 0)) \(event.message)\n"
        file.append(line)
        if event.level >= echoLevel {
            FileHandle.standardError.write(Data("[\(label)] \(event.message)\n".utf8))
        }
    }
}

/// An append-only log file shared by the handlers of one run.
final class LogFile: @unchecked Sendable {
    let start = Date()
    private let handle: FileHandle?
    private let lock = NSLock()

    init(url: URL) {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = FileHandle(forWritingAtPath: url.path)
    }

    func append(_ text: String) {
        lock.withLock { handle?.write(Data(text.utf8)) }
    }

    func close() {
        lock.withLock { try? handle?.close() }
    }
}
