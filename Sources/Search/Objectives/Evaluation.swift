/// The outcome of evaluating one point: the value to maximise, extra metrics and a cost.
///
/// Every algorithm maximises `value`. Minimisation problems (energies, runtimes, graph
/// costs) pass the negated quantity; ``SimulatedAnnealing`` reports energy as `-value`.
public struct Evaluation: Hashable, Sendable {
    /// The value the search maximises, e.g. validation accuracy or a combined reward.
    public var value: Double
    /// The simulated seconds this evaluation takes; it advances the search clock.
    public var cost: Double
    /// Extra objective values by name, e.g. `["throughput": 2805.1]`, for reward hooks.
    public var metrics: [String: Double]

    /// Creates an evaluation.
    public init(value: Double, cost: Double = 0, metrics: [String: Double] = [:]) {
        self.value = value
        self.cost = cost
        self.metrics = metrics
    }

    /// The named metric, or nil.
    public subscript(metric name: String) -> Double? {
        metrics[name]
    }
}
