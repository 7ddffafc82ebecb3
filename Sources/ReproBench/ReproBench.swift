import ArgumentParser

/// `repro-bench`: speed and memory benchmarks of the engines against peer tools,
/// each measured in one run and printed as a ratio.
@main
struct ReproBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repro-bench",
        abstract: "Benchmarks the engines against their peer tools.",
        subcommands: [PlottingBench.self, NumericsBench.self, TrainingMixBench.self, SurrogateBench.self, SearchBench.self]
    )
}
