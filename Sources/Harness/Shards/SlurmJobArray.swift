import Foundation

/// An `sbatch` job array that builds an experiment in shards, one array task per
/// shard, and the merge job that runs after every task has succeeded.
///
/// Each task calls `repro run <id> --shard <task>/<shards>`; the merge job calls
/// `repro merge <id>` and is submitted with `--dependency=afterok:<array job>`.
/// Slurm does the scheduling; this type only writes the scripts.
public struct SlurmJobArray: Sendable, Equatable {
    /// The experiment built in shards, e.g. `trails/benchmark`.
    public var experiment: String
    /// The scale every task runs at.
    public var scale: Scale
    /// How many shards the experiment's work is split into.
    public var shards: Int
    /// The shard indices to submit (the unfinished ones); every index is below ``shards``.
    public var tasks: [Int]
    /// `--partition`, when given.
    public var partition: String?
    /// `--time` per task, e.g. `02:00:00`, when given.
    public var time: String?
    /// `--cpus-per-task`; each task uses this many workers.
    public var cpusPerTask: Int
    /// The `repro` executable the tasks run (an absolute path on the cluster's shared file system).
    public var repro: String
    /// The project root the tasks run in.
    public var projectRoot: String
    /// Where each task's log goes (`<folder>/<experiment>-<task>.log`).
    public var logFolder: String
    /// Extra `repro` options passed to every task and to the merge (e.g. `--data /shared/data`).
    public var reproOptions: [String]

    /// Creates a job array description.
    public init(
        experiment: String, scale: Scale, shards: Int, tasks: [Int]? = nil, partition: String? = nil,
        time: String? = nil, cpusPerTask: Int = 1, repro: String, projectRoot: String, logFolder: String,
        reproOptions: [String] = []
    ) {
        self.experiment = experiment
        self.scale = scale
        self.shards = shards
        self.tasks = tasks ?? Array(0..<shards)
        self.partition = partition
        self.time = time
        self.cpusPerTask = cpusPerTask
        self.repro = repro
        self.projectRoot = projectRoot
        self.logFolder = logFolder
        self.reproOptions = reproOptions
    }

    /// The job name Slurm shows, e.g. `repro-trails-benchmark`.
    public var jobName: String { "repro-" + experiment.replacingOccurrences(of: "/", with: "-") }

    /// The `--array` value: compact ranges of ``tasks``, e.g. `0-3,6`.
    public var arraySpec: String {
        var ranges: [String] = []
        var index = 0
        let sorted = Array(Set(tasks)).sorted()
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count && sorted[end + 1] == sorted[end] + 1 { end += 1 }
            ranges.append(end == index ? "\(sorted[index])" : "\(sorted[index])-\(sorted[end])")
            index = end + 1
        }
        return ranges.joined(separator: ",")
    }

    /// The array job's script.
    public var arrayScript: String {
        script(name: jobName, output: "\(logFolder)/\(jobName)-%a.log", extra: ["--array=\(arraySpec)"], command: [
            repro, "run", experiment, "--scale", scale.rawValue,
            "--shard", "${SLURM_ARRAY_TASK_ID}/\(shards)", "--workers", "\(cpusPerTask)",
        ] + reproOptions)
    }

    /// The merge job's script (submitted with `--dependency=afterok:<array job id>`).
    public var mergeScript: String {
        script(name: jobName + "-merge", output: "\(logFolder)/\(jobName)-merge.log", extra: [], command: [
            repro, "merge", experiment, "--scale", scale.rawValue, "--shards", "\(shards)",
        ] + reproOptions)
    }

    private func script(name: String, output: String, extra: [String], command: [String]) -> String {
        var lines = ["#!/usr/bin/env bash", "#SBATCH --job-name=\(shellQuoted(name))",
                     "#SBATCH --output=\(shellQuoted(output))", "#SBATCH --cpus-per-task=\(cpusPerTask)"]
        if let partition { lines.append("#SBATCH --partition=\(shellQuoted(partition))") }
        if let time { lines.append("#SBATCH --time=\(shellQuoted(time))") }
        lines += extra.map { "#SBATCH \($0)" }
        lines += ["set -euo pipefail", "cd \(shellQuoted(projectRoot))",
                  "export OPENBLAS_NUM_THREADS=1",
                  command.map { $0.hasPrefix("${") ? "\"\($0)\"" : shellQuoted($0) }.joined(separator: " ")]
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `text` as one shell word: unchanged when it is plainly safe, else in single quotes.
public func shellQuoted(_ text: String) -> String {
    let safe = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%")
    if !text.isEmpty && text.unicodeScalars.allSatisfy(safe.contains) { return text }
    return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
