/// The temperature of simulated annealing as a function of the step (0-based).
public enum TemperatureSchedule: Sendable {
    /// T_k = initial × ratio^k.
    case geometric(initial: Double, ratio: Double)
    /// T_k falls linearly from `initial` at k = 0 to `final` at k = steps, then stays at `final`.
    case linear(initial: Double, final: Double, steps: Int)
    /// T_k = maximum × exp(−ln(maximum / minimum) × k / steps): the OCaml-inlining project's
    /// schedule (maximum 0.04, minimum 0.001, 300 steps). It equals a geometric schedule with
    /// ratio (minimum / maximum)^(1/steps).
    case exponential(maximum: Double, minimum: Double, steps: Int)
    /// Any schedule.
    case custom(@Sendable (Int) -> Double)

    /// The temperature at step `step`.
    public func temperature(atStep step: Int) -> Double {
        let k = Double(step)
        switch self {
        case .geometric(let initial, let ratio):
            return initial * Foundationless.pow(ratio, k)
        case .linear(let initial, let final, let steps):
            guard steps > 0 else { return final }
            return initial + (final - initial) * min(k, Double(steps)) / Double(steps)
        case .exponential(let maximum, let minimum, let steps):
            guard steps > 0, maximum > 0, minimum > 0 else { return minimum }
            return maximum * Foundationless.exp(-Foundationless.log(maximum / minimum) * k / Double(steps))
        case .custom(let body):
            return body(step)
        }
    }
}
