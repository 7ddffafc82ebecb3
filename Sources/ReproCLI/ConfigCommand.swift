import ArgumentParser
import Harness
import Registry

extension Repro {
    /// Prints the config an experiment would run with, so its `--set` keys can be read
    /// without running it.
    struct ConfigCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Prints the config an experiment would run with: its --set keys and their values, as JSON.")
        @OptionGroup var project: ProjectOptions

        @Argument(help: "An experiment id (e.g. trails/figure9/recomputed).")
        var id: String

        @Option(help: "smoke or paper; default: the experiment's own.")
        var scale: Scale?

        @Option(name: .customLong("set"), help: "Override a config key: --set key=value (repeatable); checked as by run.")
        var overrides: [String] = []

        func run() throws {
            let runner = Runner(layout: try project.layout(), store: MemoryRunStore(), experiments: Registry.experiments)
            let type = try runner.experiment(id)
            print(try runner.resolvedConfig(id, scale: scale ?? type.defaultScale, overrides: overrides))
        }
    }
}
