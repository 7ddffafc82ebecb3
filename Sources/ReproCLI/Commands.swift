import ArgumentParser
import Foundation
import Harness
import Registry
import Store

extension Repro {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lists the experiments and their last status.")
        @OptionGroup var project: ProjectOptions

        func run() throws {
            let layout = try project.layout()
            let store = try ResultStore(url: layout.database)
            var rows = [["id", "reproduces", "title", "last run"]]
            for experiment in Registry.experiments.sorted(by: { $0.info.id < $1.info.id }) {
                let info = experiment.info
                let status: String
                if let run = try store.currentRun(experiment: info.id) {
                    status = "\(run.status.rawValue) at \(run.scale) scale"
                } else if let run = try store.latestRun(experiment: info.id) {
                    status = run.status.rawValue
                } else {
                    status = "not run"
                }
                rows.append([info.id, info.reproduces, info.title, status])
            }
            print(alignColumns(rows))
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Runs experiments (an id, or a paper to run all of its experiments).")
        @OptionGroup var project: ProjectOptions

        @Argument(help: "Experiment ids (e.g. trails/figure9) or paper ids (e.g. trails).")
        var ids: [String]

        @Option(help: "smoke (seconds) or paper (the full reproduction); default: each experiment's own.")
        var scale: Scale?

        @Flag(help: "Recompute even when the cache holds a result for the same inputs, config and code.")
        var force = false

        @Option(name: .customLong("set"), help: "Override a config key of the one experiment named, which then runs without its variants: --set key=value (repeatable).")
        var overrides: [String] = []

        @Option(help: "Build only shard i of n of a shardable experiment's work (e.g. 0/4), for `repro merge` to fold in.")
        var shard: String?

        func run() throws {
            let runner = try project.runner()
            if let shard {
                guard ids.count == 1, let id = ids.first else {
                    throw ValidationError("--shard builds one experiment; \(ids.count) were named")
                }
                let slice = try Shard(parsing: shard)
                try runner.runShard(id, scale: scale, overrides: overrides, shard: slice)
                print("built     \(id) shard \(slice)")
                return
            }
            let ids = overrides.isEmpty ? try expand(ids, runner: runner) : [try overriddenExperiment(runner)]
            try runAll(ids, runner: runner, scale: scale, overrides: overrides, force: force)
        }

        /// The one experiment `--set` applies to. An experiment id names it alone, not its
        /// variants (`<id>/<variant>`), whose configs have other keys.
        func overriddenExperiment(_ runner: Runner) throws -> String {
            guard ids.count == 1, let id = ids.first else {
                throw ValidationError("--set applies to one experiment; \(ids.count) were named")
            }
            guard runner.ids.contains(id) else {
                let members = try expand([id], runner: runner)
                throw ValidationError("--set applies to one experiment; \(id) has \(members.count): \(members.joined(separator: ", "))")
            }
            return id
        }
    }

    struct All: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Runs every experiment (each at its default scale unless --scale is given).")
        @OptionGroup var project: ProjectOptions
        @Option(help: "smoke or paper; default: each experiment's own.") var scale: Scale?
        @Flag(help: "Recompute everything.") var force = false

        func run() throws {
            let runner = try project.runner()
            try runAll(runner.ids, runner: runner, scale: scale, overrides: [], force: force)
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compares computed numbers with the paper's; exits 1 if a judged claim misses.")
        @OptionGroup var project: ProjectOptions
        @Argument(help: "Experiment or paper ids (default: all).") var ids: [String] = []
        @Option(help: "Only claims with this evidence: recomputed, replot or bar.") var evidence: Evidence?

        func run() throws {
            let layout = try project.layout()
            let store = try ResultStore(url: layout.database)
            let runner = Runner(layout: layout, store: store, experiments: Registry.experiments)
            let selected = try (ids.isEmpty ? runner.ids : expand(ids, runner: runner)).map(runner.experiment)
            var verification = try Verification.judge(selected, store: store, layout: layout)
            if let evidence { verification.rows.removeAll { $0.verdict.claim.evidence != evidence } }
            print(verification.text(), terminator: "")
            if verification.hasMiss { throw ExitCode(1) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Prints the provenance of an experiment's latest run.")
        @OptionGroup var project: ProjectOptions
        @Argument(help: "An experiment id.") var id: String

        func run() throws {
            let layout = try project.layout()
            let store = try ResultStore(url: layout.database)
            let runner = Runner(layout: layout, store: store, experiments: Registry.experiments)
            _ = try runner.experiment(id)
            guard let run = try store.currentRun(experiment: id) ?? store.latestRun(experiment: id) else {
                print("\(id): not run yet (make \(makeTarget(id)))")
                return
            }
            print(RunDescription.text(of: run))
        }
    }
}

extension Scale: ExpressibleByArgument {}
extension Evidence: ExpressibleByArgument {}

/// Expands paper ids into their experiments and checks every id exists.
func expand(_ ids: [String], runner: Runner) throws -> [String] {
    var result: [String] = []
    for id in ids {
        if runner.ids.contains(id) {
            // An experiment, then its variants (`<id>/<variant>`): the released figure comes first.
            result.append(id)
            result += runner.ids.filter { $0.hasPrefix(id + "/") }
        } else {
            let members = runner.ids.filter { $0.hasPrefix(id + "/") }
            guard !members.isEmpty else { throw HarnessError.unknownExperiment(id: id, known: runner.ids) }
            result += members
        }
    }
    var seen: Set<String> = []
    return result.filter { seen.insert($0).inserted }
}

/// Runs `ids` in order, printing one line per experiment (computed or cached).
func runAll(_ ids: [String], runner: Runner, scale: Scale?, overrides: [String], force: Bool) throws {
    var computed = 0
    var cached = 0
    for id in ids {
        let outcome = try runner.run(id, scale: scale, overrides: overrides, force: force)
        let record = outcome.record
        if outcome.cached {
            cached += 1
            print("cached    \(id) [\(record.scale)] (computed \(formatDuration(record.duration)) on \(record.startedAt.formatted(.iso8601)))")
        } else {
            computed += 1
            print("computed  \(id) [\(record.scale)] in \(formatDuration(record.duration))")
        }
        for path in outcome.published { print("          \(path)") }
        if let line = try? claimSummary(id, runner: runner) { print("          \(line)") }
    }
    print("\(computed) computed, \(cached) cached")
}

/// The verdicts of experiment `id`'s claims against its published run, as one line, so a
/// figure's verdicts show as soon as it is published (before its variants run).
func claimSummary(_ id: String, runner: Runner) throws -> String {
    let verification = try Verification.judge([runner.experiment(id)], store: runner.store, layout: runner.layout)
    guard !verification.rows.isEmpty else { return "no claims" }
    let counts = verification.counts
    let parts = ClaimVerdict.Verdict.allCases.compactMap { verdict in counts[verdict].map { "\($0) \(verdict.rawValue)" } }
    return "claims: " + parts.joined(separator: ", ") + " (repro verify \(id))"
}

/// The make target that runs an experiment.
func makeTarget(_ id: String) -> String {
    id.replacingOccurrences(of: "/", with: "-")
}
