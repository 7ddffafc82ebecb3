import Datasets
import Search

extension AccelNASBenchFigure5 {
    /// A searched model against the baselines of its target.
    struct Comparison {
        /// The searched model.
        var model: AccelNASBench.DeployedModel
        /// True when a baseline is at least as accurate and as fast, and better in one.
        var isDominated: Bool
        /// The fastest baseline at least as accurate as the model, if any.
        var fastestAsAccurate: AccelNASBench.DeployedModel?
        /// How many times faster the model is than that baseline.
        var speedup: Double?

        /// Compares `model` with `baselines`; `lowerIsFaster` when speed is a latency.
        init(_ model: AccelNASBench.DeployedModel, against baselines: [AccelNASBench.DeployedModel], lowerIsFaster: Bool) {
            self.model = model
            // The model is on the front of the baselines plus itself unless a baseline dominates it
            // (listed first, a baseline identical to the model also counts as dominating it).
            let points = baselines + [model]
            let front = ParetoFront.indices(x: points.map { lowerIsFaster ? -$0.speed : $0.speed }, y: points.map(\.accuracy))
            isDominated = !front.contains(baselines.count)
            let asAccurate = baselines.filter { $0.accuracy >= model.accuracy }
            fastestAsAccurate = lowerIsFaster ? asAccurate.min { $0.speed < $1.speed } : asAccurate.max { $0.speed < $1.speed }
            speedup = fastestAsAccurate.map { lowerIsFaster ? $0.speed / model.speed : model.speed / $0.speed }
        }
    }
}
