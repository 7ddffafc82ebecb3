import Foundation

/// A finished child process with what it printed.
public struct CapturedProcess: Sendable, Equatable {
    /// Its exit status (or the signal number, when it was killed).
    public var status: Int32
    /// What it wrote to standard output.
    public var output: String
    /// What it wrote to standard error.
    public var errors: String

    /// Runs `command` (looked up on PATH) with `arguments`, waits for it and captures both
    /// streams; throws when it cannot be started.
    public static func run(_ command: String, _ arguments: [String], in folder: URL? = nil) throws -> CapturedProcess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [command] + arguments
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the child runs, so a chatty child never blocks on a full pipe.
        let errorData = LockedData()
        let reader = Thread { errorData.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { Thread.sleep(forTimeInterval: 0.001) }
        return CapturedProcess(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData.value, as: UTF8.self))
    }

    /// The first line of standard error, or the exit status when it printed none.
    public var firstErrorLine: String {
        errors.split(separator: "\n").first.map(String.init) ?? "exit status \(status)"
    }
}

private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    func set(_ value: Data) { lock.withLock { data = value } }
    var isSet: Bool { lock.withLock { data != nil } }
    var value: Data { lock.withLock { data ?? Data() } }
}
