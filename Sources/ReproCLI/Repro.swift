import ArgumentParser
import Diagnostics
import Foundation
import Harness
import Registry
import Store

/// `repro`: runs, verifies and publishes the reproduced figures and tables.
@main
struct Repro: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repro",
        abstract: "Regenerates the figures and tables of the papers and checks their numbers.",
        subcommands: [List.self, Run.self, All.self, Verify.self, Show.self, ConfigCommand.self, SiteCommand.self, DataCommand.self, Merge.self, Slurm.self]
    )

    /// Pins the BLAS kernel set (see ``BLASKernelPin``), then parses and runs the command; any
    /// ``ReproError`` a command lets through is printed as one line (see ``fail(_:)``).
    static func main() {
        BLASKernelPin.reexecIfNeeded()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ReproError {
            exit(withError: fail(error))
        } catch {
            exit(withError: error)
        }
    }

    /// Prints an error as one line on standard error (`repro: <subject>, <place>: <reason>` for
    /// a ``ReproError``) and exits non-zero.
    static func fail(_ error: Error) -> ExitCode {
        let line = (error as? ReproError)?.line ?? "\(error)"
        FileHandle.standardError.write(Data("repro: \(line)\n".utf8))
        return ExitCode.failure
    }
}

/// Options every subcommand shares: where the project, the data and the outputs are.
struct ProjectOptions: ParsableArguments {
    @Option(help: "The project root (default: found from the current folder).")
    var root: String?

    @Option(help: "The data root (default: $REPRO_DATA, else ../shared/data, else data/).")
    var data: String?

    @Option(help: "Where figures/, tables/, site/ and .repro/ go (default: the project root).")
    var output: String?

    @Option(help: "BLAS threads runs are pinned to (default: $REPRO_THREADS, else 1).")
    var threads: Int?

    @Option(help: "Worker threads for experiments that split independent work (default: every core); results do not depend on it.")
    var workers: Int?

    /// The project, data and output folders; an empty path, or a `--root` without an
    /// `experiments/` folder, is a one-line error rather than the current folder.
    func layout() throws -> ProjectLayout {
        for (name, value) in [("--root", root), ("--data", data), ("--output", output)] where value?.isEmpty == true {
            throw HarnessError.badOverride("\(name) '': give a folder")
        }
        let rootURL: URL
        if let root {
            rootURL = URL(fileURLWithPath: root)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: rootURL.appendingPathComponent("experiments").path, isDirectory: &isFolder),
                  isFolder.boolValue else {
                throw HarnessError.badOverride("--root \(root): not a repro project (it has no experiments/ folder)")
            }
        } else if let found = ProjectLayout.findRoot() {
            rootURL = found
        } else {
            throw ValidationError("not inside the repro project (no Package.swift with experiments/ above); use --root")
        }
        return ProjectLayout(
            root: rootURL, dataRoot: data.map { URL(fileURLWithPath: $0).standardizedFileURL },
            outputRoot: output.map { URL(fileURLWithPath: $0) })
    }

    /// The valid range of `--threads` and `--workers`.
    static let countRange = 1...256

    /// `--threads`, else `$REPRO_THREADS`, else 1; a value that is not an integer in
    /// ``countRange`` is a one-line error naming where it came from.
    func threadCount(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Int {
        if let threads { return try Self.checked(threads, name: "--threads") }
        guard let text = environment["REPRO_THREADS"] else { return 1 }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw HarnessError.badOverride(
                "REPRO_THREADS=\(text): not an integer; valid range \(Self.countRange.lowerBound)...\(Self.countRange.upperBound)")
        }
        return try Self.checked(value, name: "REPRO_THREADS")
    }

    private static func checked(_ value: Int, name: String) throws -> Int {
        guard countRange.contains(value) else {
            let separator = name.hasPrefix("--") ? " " : "="
            throw HarnessError.badOverride(
                "\(name)\(separator)\(value): out of range; valid range \(countRange.lowerBound)...\(countRange.upperBound)")
        }
        return value
    }

    func runner() throws -> Runner {
        let layout = try layout()
        let count = try threadCount()
        BLASPinning.pin(threads: count)
        return Runner(
            layout: layout, store: try ResultStore(url: layout.database), experiments: Registry.experiments,
            threads: count, workers: try workerCount())
    }

    func workerCount() throws -> Int {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard let workers else { return min(cores, Self.countRange.upperBound) }
        return try Self.checked(workers, name: "--workers")
    }
}
