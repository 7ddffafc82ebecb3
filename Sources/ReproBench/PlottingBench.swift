import ArgumentParser

/// Benchmarks the Plotting engine. (Placeholder: being written.)
struct PlottingBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plotting")
    func run() throws { print("plotting: no benchmark yet") }
}
