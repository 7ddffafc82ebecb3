import ArgumentParser
import Randomness
import Search

/// Benchmarks the Search engine: search steps per second with a trivial objective.
///
/// There is no peer tool: the figure of merit is the per-step overhead of the search itself,
/// which must be negligible next to any real objective (target ≥ 100,000 steps/s for random
/// search and regularized evolution in a release build). The ratio printed is ours / target.
struct SearchBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Steps per second of the search algorithms (trivial objective).")

    @Option(help: "Evaluations per measured run.")
    var steps = 200_000

    @Option(help: "Repetitions; the best (fastest) is reported.")
    var repeats = 3

    func run() throws {
        let space = try CategoricalSpace(cardinalities: [20, 20, 20, 20])
        let objective = ClosureObjective<CategoricalPoint>(cost: 1) { point in
            Double(point.choices.reduce(0, +))
        }
        let budget = Budget.evaluations(steps)
        let target = 100_000.0
        print("search: \(steps) evaluations per run, best of \(repeats); trivial objective, 20^4 space")
        try report("random search", target: target) { generator in
            try RandomSearch().run(space: space, objective: objective, budget: budget, using: &generator).evaluations
        }
        try report("regularized evolution (P 20, S 10)", target: target) { generator in
            try RegularizedEvolution(populationSize: 20, sampleSize: 10)
                .run(space: space, objective: objective, budget: budget, using: &generator).evaluations
        }
        try report("REINFORCE (batch 6, entropy 0.01)", target: nil) { generator in
            try Reinforce(learningRate: 0.01, entropyWeight: 0.01, batchSize: 6)
                .run(space: space, objective: objective, budget: budget, using: &generator).result.evaluations
        }
        try report("simulated annealing (geometric)", target: nil) { generator in
            try SimulatedAnnealing(schedule: .geometric(initial: 10, ratio: 0.9999))
                .run(space: space, objective: objective, budget: budget, using: &generator).evaluations
        }
        let candidates = Array(0..<400)
        var curves: [Int: [Double]] = [:]
        for i in candidates { curves[i] = (1...20).map { Double(i) - 1 / Double($0) } }
        let lookup = LookupObjective(learningCurves: curves, secondsPerEpoch: 1)
        let selections = max(steps / 600, 1)
        try report("successive halving (\(selections) x K 400, U 1, E 20, eta 3; lookup)", target: nil) { _ in
            var evaluations = 0
            for _ in 0..<selections {
                evaluations += try SuccessiveHalving.trails(maxFidelity: 20)
                    .select(from: candidates, minimumFidelity: 1, objective: lookup).rounds.reduce(0) { $0 + $1.candidates }
            }
            return evaluations
        }
    }

    /// Times `body` (which returns the number of evaluations it made) and prints evaluations/s.
    func report(_ name: String, target: Double?, _ body: (inout SeededGenerator) throws -> Int) throws {
        var best = Double.infinity
        var count = 0
        for repeat_ in 0..<max(repeats, 1) {
            var generator = SeededGenerator(seed: UInt64(repeat_ + 1))
            let start = ContinuousClock.now
            count = try body(&generator)
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            best = min(best, seconds)
        }
        let rate = Double(count) / best
        var line = "  \(name): \(count) evaluations in \(format(best)) s = \(format(rate)) steps/s"
        if let target {
            line += " (ours / target \(format(target)): \(format(rate / target))x, \(rate >= target ? "ok" : "BELOW TARGET"))"
        }
        print(line)
    }

    func format(_ x: Double) -> String {
        if x >= 1000 { return String(Int(x.rounded())) }
        let scaled = (x * 1000).rounded() / 1000
        return String(scaled)
    }
}
