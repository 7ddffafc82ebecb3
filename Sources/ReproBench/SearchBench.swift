import ArgumentParser

/// Benchmarks the Search engine. (Placeholder: being written.)
struct SearchBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search")
    func run() throws { print("search: no benchmark yet") }
}
