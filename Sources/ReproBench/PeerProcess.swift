import Foundation
import Harness

/// The peers the benchmarks measure against (Python scripts in `peers/`, the venv that runs
/// them, pip), run through `CapturedProcess`.
enum PeerProcess {
    /// A peer that exited with a non-zero status.
    struct Failure: Error, CustomStringConvertible {
        /// The command, its status and the last lines of its standard error.
        var description: String
    }

    /// Runs `program` with `arguments` and returns its standard output; throws when it cannot
    /// start or exits with a non-zero status.
    ///
    /// - Parameter environment: Variables set for the peer on top of this process's.
    @discardableResult
    static func output(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let merged = environment.isEmpty ? nil : ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let peer = try CapturedProcess.run(program, arguments, environment: merged)
        guard peer.status == 0 else {
            let tail = peer.errors.split(whereSeparator: \.isNewline).suffix(3).joined(separator: " | ")
            throw Failure(description: "\(program) \(arguments.joined(separator: " ")) failed (status \(peer.status)): \(tail)")
        }
        return peer.output
    }
}
