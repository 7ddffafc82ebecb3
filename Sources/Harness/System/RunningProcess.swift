import Foundation

/// A child process started with its output captured, not yet waited for.
///
/// Standard output and error go to temporary files rather than pipes, so neither a chatty
/// child nor a grandchild that keeps the streams open can stall the child or the wait. The
/// child is registered with ``ChildProcesses`` until ``wait()`` returns.
///
/// ```swift
/// let child = try RunningProcess(binary.path, ["run", "engines/gallery"])
/// kill(child.identifier, SIGKILL)
/// let result = child.wait()   // result.signaled == true
/// ```
public final class RunningProcess: @unchecked Sendable {
    private let process = Process()
    private let outputFile: URL
    private let errorFile: URL
    private let lock = NSLock()
    private var result: CapturedProcess?

    /// Starts `command` with `arguments`; throws when it cannot be started.
    ///
    /// The parameters are those of ``CapturedProcess/run(_:_:in:environment:writing:)``.
    public init(
        _ command: String, _ arguments: [String], in folder: URL? = nil,
        environment: [String: String]? = nil, writing file: URL? = nil
    ) throws {
        let stem = FileManager.default.temporaryDirectory.appendingPathComponent("repro-child-\(UUID().uuidString)")
        outputFile = stem.appendingPathExtension("out")
        errorFile = stem.appendingPathExtension("err")
        if command.contains("/") {
            process.executableURL = URL(fileURLWithPath: command)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [command] + arguments
        }
        if let folder { process.currentDirectoryURL = folder }
        if let environment { process.environment = environment }
        do {
            let output = try Self.handle(writingTo: outputFile)
            defer { try? output.close() }
            let errors = try Self.handle(writingTo: errorFile)
            defer { try? errors.close() }
            process.standardOutput = output
            process.standardError = errors
            process.standardInput = FileHandle.nullDevice
            try ChildProcesses.shared.run(process, removing: [file, outputFile, errorFile].compactMap { $0 })
        } catch {
            removeFiles()
            throw error
        }
    }

    deinit { removeFiles() }

    /// The child's process id.
    public var identifier: Int32 { process.processIdentifier }

    /// Whether the child has not exited yet.
    public var isRunning: Bool { process.isRunning }

    /// Sends the child SIGTERM.
    public func terminate() { process.terminate() }

    /// Waits for the child to exit and returns its status and what it printed.
    public func wait() -> CapturedProcess {
        process.waitUntilExit()
        return lock.withLock {
            if let result { return result }
            ChildProcesses.shared.finished(process)
            let finished = CapturedProcess(
                status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
                output: Self.text(of: outputFile), errors: Self.text(of: errorFile))
            removeFiles()
            result = finished
            return finished
        }
    }

    /// Waits at most `seconds` for the child to exit; nil when it still runs.
    public func wait(timeout seconds: TimeInterval) -> CapturedProcess? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return process.isRunning ? nil : wait()
    }

    private static func handle(writingTo file: URL) throws -> FileHandle {
        _ = FileManager.default.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600])
        return try FileHandle(forWritingTo: file)
    }

    private static func text(of file: URL) -> String {
        String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self)
    }

    private func removeFiles() {
        try? FileManager.default.removeItem(at: outputFile)
        try? FileManager.default.removeItem(at: errorFile)
    }
}
