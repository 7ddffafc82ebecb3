import ArgumentParser
import Foundation
import Harness

extension Repro {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Folds the shards of a sharded build into the experiment's published result.")
        @OptionGroup var project: ProjectOptions
        @Argument(help: "The experiment, e.g. trails/benchmark.") var id: String
        @Option(help: "smoke or paper; default: the experiment's own.") var scale: Scale?
        @Option(help: "How many shards the build was split into.") var shards: Int
        @Option(name: .customLong("set"), help: "The --set overrides the shards were built with (repeatable).")
        var overrides: [String] = []

        func run() throws {
            let runner = try project.runner()
            let outcome = try runner.merge(id, scale: scale, overrides: overrides, count: shards)
            print("merged    \(id) [\(outcome.record.scale)] from \(shards) shards")
            for path in outcome.published { print("          \(path)") }
        }
    }

    struct Slurm: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Writes (or submits) a Slurm job array that builds an experiment in shards, and its merge job.")
        @OptionGroup var project: ProjectOptions
        @Argument(help: "The experiment, e.g. trails/benchmark.") var id: String
        @Option(help: "smoke or paper; default: the experiment's own.") var scale: Scale?
        @Option(help: "How many shards (array tasks).") var shards: Int
        @Option(help: "The Slurm partition.") var partition: String?
        @Option(help: "Time limit per task, as Slurm takes it (e.g. 02:00:00 or 1-00:00:00).") var time: String?
        @Option(help: "Cores per task; each task trains on that many workers.") var cpusPerTask: Int = 1
        @Option(name: .customLong("set"), help: "Config overrides for every shard and the merge (repeatable).")
        var overrides: [String] = []
        @Flag(help: "Submit the jobs with sbatch instead of only writing them.") var submit = false

        func validate() throws {
            guard (1...Shard.maximumCount).contains(shards) else {
                throw ValidationError("--shards must be 1...\(Shard.maximumCount) (got \(shards))")
            }
            guard (1...1024).contains(cpusPerTask) else {
                throw ValidationError("--cpus-per-task must be 1...1024 (got \(cpusPerTask))")
            }
            if let time, time.range(of: #"^(\d+-)?\d+(:\d{2}){0,2}$"#, options: .regularExpression) == nil {
                throw ValidationError("--time must be minutes, HH:MM:SS or D-HH:MM:SS (got '\(time)')")
            }
            if let partition, partition.range(of: #"^[A-Za-z0-9_.,-]+$"#, options: .regularExpression) == nil {
                throw ValidationError("--partition must be a partition name (letters, digits, _ . , -; got '\(partition)')")
            }
        }

        func run() throws {
            let runner = try project.runner()
            let experiment = try runner.experiment(id)
            guard experiment is any ShardableExperiment.Type else {
                throw HarnessError.invalidExperiment("\(id): cannot be built in shards (only experiments whose work splits, e.g. trails/benchmark)")
            }
            let scale = scale ?? experiment.defaultScale
            let plan = try runner.shardPlan(id, scale: scale, overrides: overrides, count: shards)
            let folder = SlurmFolder.folder(id, scale: scale, layout: runner.layout)
            let logs = SlurmFolder.logs(id, scale: scale, layout: runner.layout)
            try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
            let unfinished = (0..<shards).filter { !plan.complete.contains($0) }
            let jobs = SlurmJobArray(
                experiment: id, scale: scale, shards: shards, tasks: unfinished, partition: partition, time: time,
                cpusPerTask: cpusPerTask, repro: Self.executablePath(), projectRoot: runner.layout.root.path,
                logFolder: logs.path, reproOptions: projectOptions() + overrides.flatMap { ["--set", $0] })
            let arrayURL = folder.appendingPathComponent("array.sh")
            let mergeURL = folder.appendingPathComponent("merge.sh")
            try AtomicFile.write(Data(jobs.arrayScript.utf8), to: arrayURL)
            try AtomicFile.write(Data(jobs.mergeScript.utf8), to: mergeURL)
            print("\(id) [\(scale)], key \(plan.key.prefix(12)): \(plan.complete.count) of \(shards) shards already built")
            if !unfinished.isEmpty { print("array job (\(unfinished.count) tasks): \(runner.layout.relative(arrayURL))") }
            print("merge job: \(runner.layout.relative(mergeURL))")
            print("task logs: \(runner.layout.relative(logs))/")
            guard submit else {
                if unfinished.isEmpty {
                    print("submit with:\n  sbatch \(shellQuoted(mergeURL.path))")
                } else {
                    print("submit with:\n  array=$(sbatch --parsable \(shellQuoted(arrayURL.path)))\n  sbatch --dependency=afterok:${array%%;*} \(shellQuoted(mergeURL.path))")
                }
                return
            }
            var dependency: [String] = []
            if !unfinished.isEmpty {
                let array = try Self.sbatch([arrayURL.path])
                print("submitted array job \(array) (shards \(jobs.arraySpec))")
                dependency = ["--dependency=afterok:\(array)"]
            }
            let merge = try Self.sbatch(dependency + [mergeURL.path])
            print("submitted merge job \(merge)" + (dependency.isEmpty ? "" : " (after the array succeeds)"))
        }

        /// The options every task repeats so it sees the same project, data and outputs.
        private func projectOptions() -> [String] {
            var options: [String] = []
            func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
            if let root = project.root { options += ["--root", absolute(root)] }
            if let data = project.data { options += ["--data", absolute(data)] }
            if let output = project.output { options += ["--output", absolute(output)] }
            if let threads = project.threads { options += ["--threads", "\(threads)"] }
            return options
        }

        static func executablePath() -> String {
            Bundle.main.executableURL?.standardizedFileURL.path ?? CommandLine.arguments[0]
        }

        /// Runs `sbatch --parsable ARGS` and returns the job id it prints.
        static func sbatch(_ arguments: [String]) throws -> String {
            let result: CapturedProcess
            do { result = try CapturedProcess.run("sbatch", ["--parsable"] + arguments) } catch {
                throw HarnessError.runFailed(id: "slurm", reason: "cannot run sbatch (is Slurm installed?): \(error)")
            }
            let id = result.output.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            guard result.status == 0, !id.isEmpty, id.allSatisfy(\.isNumber) else {
                throw HarnessError.runFailed(id: "slurm", reason: "sbatch failed: \(result.firstErrorLine)")
            }
            return id
        }
    }
}
