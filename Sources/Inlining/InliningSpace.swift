import Randomness
import Search

/// The synthetic inlining problem as a search space for the shared engines: points are
/// configurations, mutation is the FYP neighbour move; and as an objective whose value
/// is −energy, energy = time / initial time (the FYP's annealing energy).
public struct InliningSpace: SearchSpace, Objective {
    /// The problem.
    public var problem: InliningProblem
    /// The time energies are relative to.
    public var initialTime: Double

    /// Wraps `problem`; energies are relative to the empty configuration's time.
    public init(problem: InliningProblem) {
        self.problem = problem
        initialTime = problem.time(problem.empty)
    }

    public func sample(using generator: inout SeededGenerator) -> InliningConfiguration {
        var inlined = (0..<problem.parents.count).map { _ in generator.nextUnit() < 0.5 }
        inlined[0] = true
        return InliningConfiguration(inlined: inlined)
    }

    public func mutate(_ point: InliningConfiguration, using generator: inout SeededGenerator) -> InliningConfiguration {
        problem.neighbour(of: point, using: &generator)
    }

    public func neighbours(of point: InliningConfiguration) -> [InliningConfiguration] {
        problem.leaves(of: point).map { leaf in
            var next = point
            next.inlined[leaf].toggle()
            return next
        }
    }

    public func features(of point: InliningConfiguration) -> [Double] { point.inlined.map { $0 ? 1 : 0 } }

    public func evaluate(_ point: InliningConfiguration, fidelity: Int?) throws -> Evaluation {
        Evaluation(value: -problem.time(point) / initialTime, cost: 1)
    }

    /// The FYP schedule: T = 0.04 · exp(−ln(0.04 / 0.001) · step / 300).
    public static let schedule = TemperatureSchedule.exponential(maximum: 0.04, minimum: 0.001, steps: 300)
}
