import Randomness

/// Simulated annealing with neighbour moves, Metropolis acceptance and restarts.
///
/// Energy is `-value` (the engine maximises values), so Δ = E_candidate − E_current =
/// value_current − value_candidate. Each step proposes `proposalsPerStep` mutations of the
/// current point, evaluates them all and takes the best as the candidate (the OCaml-inlining
/// project uses 3 parallel workers), then accepts it with probability
/// ``Metropolis/acceptanceProbability(delta:temperature:)``.
public struct SimulatedAnnealing: Sendable {
    /// Where a restart begins.
    public enum RestartPoint: String, Hashable, Sendable {
        /// A fresh uniform sample (evaluated, so it costs an evaluation).
        case randomSample
        /// The incumbent (not re-evaluated).
        case best
    }

    /// The temperature schedule, indexed by the step within the current annealing run.
    public var schedule: TemperatureSchedule
    /// The length of one annealing run in steps, or nil to anneal until the budget is spent.
    public var stepsPerRun: Int?
    /// Further runs after the first (each restarts the schedule at step 0).
    public var restarts: Int
    /// Where restarts begin.
    public var restartFrom: RestartPoint
    /// Proposals evaluated per step; the best becomes the candidate.
    public var proposalsPerStep: Int
    /// Whether a step's proposals run in parallel (the clock advances by the slowest, as with
    /// the OCaml project's workers) rather than one after another (by their sum).
    public var parallelProposals: Bool

    /// Creates the algorithm.
    public init(schedule: TemperatureSchedule, stepsPerRun: Int? = nil, restarts: Int = 0,
                restartFrom: RestartPoint = .randomSample, proposalsPerStep: Int = 1,
                parallelProposals: Bool = false) {
        self.schedule = schedule
        self.stepsPerRun = stepsPerRun
        self.restarts = restarts
        self.restartFrom = restartFrom
        self.proposalsPerStep = proposalsPerStep
        self.parallelProposals = parallelProposals
    }

    /// Runs under `budget` from `start` (or a random sample).
    public func run<S: SearchSpace, O: Objective>(
        space: S, objective: O, budget: Budget, start: S.Point? = nil,
        using generator: inout SeededGenerator
    ) throws -> SearchResult<S.Point> where O.Point == S.Point {
        guard proposalsPerStep >= 1, restarts >= 0 else {
            throw SearchError.invalidConfiguration(
                "SimulatedAnnealing: proposalsPerStep \(proposalsPerStep) must be >= 1, restarts \(restarts) >= 0")
        }
        if stepsPerRun == nil { try budget.requireLimited("SimulatedAnnealing") }
        var session = SearchSession(objective: objective, budget: budget)
        var current = start ?? space.sample(using: &generator)
        guard var currentValue = try session.evaluate(current)?.value else { return session.result() }
        for run in 0...restarts {
            if run > 0 {
                switch restartFrom {
                case .randomSample:
                    current = space.sample(using: &generator)
                    guard let value = try session.evaluate(current)?.value else { return session.result() }
                    currentValue = value
                case .best:
                    guard let best = session.best, let value = session.bestEvaluation?.value else { break }
                    current = best
                    currentValue = value
                }
            }
            var step = 0
            while stepsPerRun.map({ step < $0 }) ?? true {
                let proposals = (0..<proposalsPerStep).map { _ in space.mutate(current, using: &generator) }
                var values: [Double] = []
                if parallelProposals {
                    guard let batch = try session.evaluate(batch: proposals) else { return session.result() }
                    values = batch.map(\.value)
                } else {
                    for proposal in proposals {
                        guard let evaluation = try session.evaluate(proposal) else { return session.result() }
                        values.append(evaluation.value)
                    }
                }
                // The best proposal (first on ties) is the candidate.
                var chosen = 0
                for index in values.indices where values[index] > values[chosen] { chosen = index }
                let candidate = (point: proposals[chosen], value: values[chosen])
                let temperature = schedule.temperature(atStep: step)
                if Metropolis.accepts(delta: currentValue - candidate.value, temperature: temperature,
                                      using: &generator) {
                    current = candidate.point
                    currentValue = candidate.value
                }
                step += 1
            }
        }
        session.finish()
        return session.result()
    }
}
