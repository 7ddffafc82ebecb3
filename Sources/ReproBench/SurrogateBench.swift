import ArgumentParser

/// Benchmarks the Surrogate engine. (Placeholder: being written.)
struct SurrogateBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "surrogate")
    func run() throws { print("surrogate: no benchmark yet") }
}
