#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// The child processes this process is waiting on (e.g. `curl`), so that an interrupted
/// command (SIGINT, SIGTERM) ends them and removes their half-written files instead of
/// leaving them running. ``RunningProcess`` registers every child it starts.
public final class ChildProcesses: @unchecked Sendable {
    /// The registry of this process.
    public static let shared = ChildProcesses()

    private let lock = NSLock()
    private var running: [Int32: [String]] = [:]
    private var sources: [DispatchSourceSignal] = []

    private init() {}

    /// Starts `process`, remembering it (and the files to remove if it is ended) until
    /// ``finished(_:)``.
    public func run(_ process: Process, removing files: [URL] = []) throws {
        try lock.withLock {
            try process.run()
            running[process.processIdentifier] = files.map(\.path)
        }
    }

    /// Forgets a child that has exited.
    public func finished(_ process: Process) {
        lock.withLock { _ = running.removeValue(forKey: process.processIdentifier) }
    }

    /// The ids of the children now running.
    public var identifiers: [Int32] { lock.withLock { running.keys.sorted() } }

    /// From now on SIGINT and SIGTERM end every registered child, remove the files it was
    /// writing, and exit with 128 + the signal number.
    public func endChildrenOnInterrupt() {
        lock.withLock {
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { [self] in endChildren(exitingWith: 128 + number) }
                source.resume()
                sources.append(source)
            }
        }
    }

    private func endChildren(exitingWith status: Int32) -> Never {
        let children = lock.withLock { running }
        for (pid, files) in children {
            kill(pid, SIGKILL)
            var result: Int32 = 0
            _ = waitpid(pid, &result, 0)
            for file in files { unlink(file) }
        }
        FileHandle.standardError.write(Data("repro: interrupted\n".utf8))
        exit(status)
    }
}
