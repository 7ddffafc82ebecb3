import Foundation

/// A finished child process with what it printed.
///
/// ```swift
/// let head = try CapturedProcess.run("git", ["rev-parse", "HEAD"], in: root)
/// print(head.status == 0 ? head.output : head.firstErrorLine)
/// ```
///
/// Every child the project starts (peers of the benchmarks, `curl`, `git`, `sbatch`, the
/// `repro` binary under test) goes through here or through ``RunningProcess``.
public struct CapturedProcess: Sendable, Equatable {
    /// Its exit status, or the signal number when ``signaled``.
    public var status: Int32
    /// Whether a signal ended it.
    public var signaled: Bool
    /// What it wrote to standard output.
    public var output: String
    /// What it wrote to standard error.
    public var errors: String

    /// Runs `command` with `arguments`, waits for it and captures both streams; throws when it
    /// cannot be started.
    ///
    /// - Parameters:
    ///   - command: A path to an executable, or a name looked up on `PATH`.
    ///   - arguments: The arguments after the command.
    ///   - folder: The working directory; this process's when nil.
    ///   - environment: The child's whole environment; this process's when nil.
    ///   - file: A file the child writes, removed with the child by an interrupt
    ///     (``ChildProcesses/endChildrenOnInterrupt()``).
    public static func run(
        _ command: String, _ arguments: [String], in folder: URL? = nil,
        environment: [String: String]? = nil, writing file: URL? = nil
    ) throws -> CapturedProcess {
        try RunningProcess(command, arguments, in: folder, environment: environment, writing: file).wait()
    }

    /// The first line of standard error, or the exit status when it printed none.
    public var firstErrorLine: String {
        errors.split(whereSeparator: \.isNewline).first.map(String.init) ?? "exit status \(status)"
    }
}
