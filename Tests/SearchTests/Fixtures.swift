import Randomness
@testable import Search

/// A 4 × 8 categorical space with a single optimum at 5-2-7-1 (value 0, every other value < 0).
enum Bowl {
    static let optimum = CategoricalPoint([5, 2, 7, 1])

    static func space() throws -> CategoricalSpace {
        try CategoricalSpace(cardinalities: [8, 8, 8, 8])
    }

    /// −Σ (choice − target)², one simulated second per evaluation.
    static func objective(cost: Double = 1) -> ClosureObjective<CategoricalPoint> {
        ClosureObjective(cost: cost) { point in
            -zip(point.choices, optimum.choices).reduce(0.0) { $0 + Double(($1.0 - $1.1) * ($1.0 - $1.1)) }
        }
    }
}

/// A 3 × 4 × 5 space (60 points) with a needle at 2-3-4 and a flat field elsewhere except for
/// a mild slope, for random search.
enum Needle {
    static let optimum = CategoricalPoint([2, 3, 4])

    static func space() throws -> CategoricalSpace {
        try CategoricalSpace(cardinalities: [3, 4, 5])
    }

    static func objective() -> ClosureObjective<CategoricalPoint> {
        ClosureObjective(cost: 2) { point in
            point == optimum ? 10 : Double(point.choices.reduce(0, +)) / 100
        }
    }
}

/// Counts the seeds (1 … 10) for which `found` is true.
func successes(_ found: (inout SeededGenerator) throws -> Bool) rethrows -> Int {
    var count = 0
    for seed in 1...10 {
        var generator = SeededGenerator(seed: UInt64(seed))
        if try found(&generator) { count += 1 }
    }
    return count
}
