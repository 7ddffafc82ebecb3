import ArgumentParser

/// Benchmarks the Numerics engine. (Placeholder: being written.)
struct NumericsBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "numerics")
    func run() throws { print("numerics: no benchmark yet") }
}
