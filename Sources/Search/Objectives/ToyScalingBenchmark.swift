/// The analytic toy environment of the RL network-scaling project (its `test.py`), as a
/// search benchmark over a (width, depth) grid.
///
/// With width multiplier w and depth multiplier d:
/// memory = max(w, d), latency = w² + d², and
/// accuracy = 1 − (√((w − 0.5)² + (d − 0.3)²) + |w − 0.5| + |d − 0.3|) / 2,
/// which peaks at 1 for (0.5, 0.3). A point is infeasible when latency exceeds
/// ``latencyLimit`` or memory exceeds ``memoryLimit``; its value is then ``infeasibleValue``.
/// The static formulas are the one definition of the toy environment: Scaling's
/// `ToyScalingEnvironment` evaluates its continuous states through them.
///
/// ```swift
/// let toy = ToyScalingBenchmark()
/// var generator = SeededGenerator(seed: 1)
/// let result = try RandomSearch().run(space: toy.space, objective: toy.objective,
///                                     budget: .evaluations(50), using: &generator)
/// ```
public struct ToyScalingBenchmark: Hashable, Sendable {
    /// The width and depth values of the grid (0.1, 0.2, …, 1.0 by default).
    public let levels: [Double]
    /// The latency bound (1.0 in the project).
    public let latencyLimit: Double
    /// The memory bound (10.0 in the project, so never binding on this grid).
    public let memoryLimit: Double
    /// The value an infeasible point gets (below every feasible accuracy, which is > 0).
    public let infeasibleValue: Double
    /// Two decisions, `width` and `depth`, each choosing an entry of ``levels``.
    public let space: CategoricalSpace

    /// Creates the benchmark on a grid of `count` levels spaced `step` apart from `step`.
    public init(step: Double = 0.1, count: Int = 10, latencyLimit: Double = 1, memoryLimit: Double = 10,
                infeasibleValue: Double = 0) throws {
        guard step > 0, step.isFinite, count >= 1 else {
            throw SearchError.invalidConfiguration(
                "ToyScalingBenchmark: step \(step) must be > 0 and count \(count) >= 1")
        }
        // Rounded to 10 decimals so 0.1 × 3 prints and compares as 0.3.
        let levels = (1...count).map { (Double($0) * step * 1e10).rounded() / 1e10 }
        self.levels = levels
        self.latencyLimit = latencyLimit
        self.memoryLimit = memoryLimit
        self.infeasibleValue = infeasibleValue
        self.space = try CategoricalSpace([
            CategoricalDecision(name: "width", values: levels),
            CategoricalDecision(name: "depth", values: levels),
        ])
    }

    /// The width multiplier of `point`.
    public func width(of point: CategoricalPoint) -> Double { levels[point.choices[0]] }
    /// The depth multiplier of `point`.
    public func depth(of point: CategoricalPoint) -> Double { levels[point.choices[1]] }

    /// The memory proxy max(w, d).
    public static func memory(width: Double, depth: Double) -> Double { max(width, depth) }
    /// The latency proxy w² + d².
    public static func latency(width: Double, depth: Double) -> Double { width * width + depth * depth }
    /// The accuracy 1 − (√((w − .5)² + (d − .3)²) + |w − .5| + |d − .3|) / 2.
    public static func accuracy(width: Double, depth: Double) -> Double {
        let dw = width - 0.5
        let dd = depth - 0.3
        return 1 - ((dw * dw + dd * dd).squareRoot() + abs(dw) + abs(dd)) / 2
    }

    /// Whether `point` meets both bounds.
    public func isFeasible(_ point: CategoricalPoint) -> Bool {
        let (w, d) = (width(of: point), depth(of: point))
        return Self.latency(width: w, depth: d) <= latencyLimit && Self.memory(width: w, depth: d) <= memoryLimit
    }

    /// Evaluates `point`: value = accuracy if feasible, else ``infeasibleValue``; metrics
    /// `accuracy`, `latency`, `memory` and `feasible` (1 or 0); cost 1 simulated second.
    public func evaluate(_ point: CategoricalPoint) -> Evaluation {
        let (w, d) = (width(of: point), depth(of: point))
        let accuracy = Self.accuracy(width: w, depth: d)
        let feasible = isFeasible(point)
        return Evaluation(
            value: feasible ? accuracy : infeasibleValue, cost: 1,
            metrics: ["accuracy": accuracy, "latency": Self.latency(width: w, depth: d),
                      "memory": Self.memory(width: w, depth: d), "feasible": feasible ? 1 : 0])
    }

    /// The benchmark as a search objective.
    public var objective: ClosureObjective<CategoricalPoint> {
        let benchmark = self
        return ClosureObjective { point, _ in benchmark.evaluate(point) }
    }

    /// The best feasible point of the grid (first in index order on ties) and its value,
    /// found by enumeration.
    public var optimum: (point: CategoricalPoint, value: Double) {
        var best = (point: CategoricalPoint([0, 0]), value: -Double.infinity)
        for w in levels.indices {
            for d in levels.indices {
                let point = CategoricalPoint([w, d])
                let value = evaluate(point).value
                if value > best.value { best = (point, value) }
            }
        }
        return best
    }
}
