import Randomness

/// The Metropolis acceptance rule of simulated annealing.
public enum Metropolis {
    /// The probability of accepting an energy change `delta` at temperature `temperature`:
    /// 1 when delta ≤ 0, otherwise exp(−delta / temperature) (0 when temperature ≤ 0).
    public static func acceptanceProbability(delta: Double, temperature: Double) -> Double {
        if delta <= 0 { return 1 }
        guard temperature > 0 else { return 0 }
        return Foundationless.exp(-delta / temperature)
    }

    /// Decides acceptance; draws one uniform number only when delta > 0.
    public static func accepts(delta: Double, temperature: Double, using generator: inout SeededGenerator) -> Bool {
        if delta <= 0 { return true }
        return generator.nextUnit() < acceptanceProbability(delta: delta, temperature: temperature)
    }
}
