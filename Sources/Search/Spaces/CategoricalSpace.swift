import Randomness

/// A product of categorical decisions, e.g. four hidden-layer widths or 28 block choices.
///
/// ```swift
/// let widths = [8, 16, 32, 64]
/// let space = try CategoricalSpace((1...4).map { CategoricalDecision(name: "layer\($0)", values: widths) })
/// var generator = SeededGenerator(seed: 1)
/// let point = space.sample(using: &generator)   // e.g. 2-0-3-1
/// ```
public struct CategoricalSpace: FactoredSearchSpace, Hashable {
    /// The decisions, in order.
    public let decisions: [CategoricalDecision]
    /// The number of options of each decision.
    public let cardinalities: [Int]
    /// Decisions with at least two options: the ones a mutation can change.
    let mutable: [Int]

    /// Creates a space; every decision needs at least one option.
    public init(_ decisions: [CategoricalDecision]) throws {
        guard !decisions.isEmpty else {
            throw SearchError.invalidConfiguration("CategoricalSpace: no decisions")
        }
        for (position, decision) in decisions.enumerated() where decision.options.isEmpty {
            throw SearchError.invalidConfiguration(
                "CategoricalSpace: decision \(position) '\(decision.name)' has no options")
        }
        self.decisions = decisions
        let cardinalities = decisions.map(\.options.count)
        self.cardinalities = cardinalities
        self.mutable = cardinalities.indices.filter { cardinalities[$0] > 1 }
    }

    /// Creates a space of unnamed decisions with the given numbers of options.
    public init(cardinalities: [Int]) throws {
        try self.init(cardinalities.enumerated().map { CategoricalDecision(name: "d\($0.offset)", count: $0.element) })
    }

    /// The number of points in the space (saturating at `Int.max`).
    public var count: Int {
        cardinalities.reduce(1) { product, n in
            let (value, overflow) = product.multipliedReportingOverflow(by: n)
            return overflow ? Int.max : value
        }
    }

    /// Draws every decision's option uniformly and independently.
    public func sample(using generator: inout SeededGenerator) -> CategoricalPoint {
        var choices = [Int](repeating: 0, count: cardinalities.count)
        for index in choices.indices {
            choices[index] = generator.uniformInt(below: cardinalities[index])
        }
        return CategoricalPoint(choices)
    }

    /// Changes one decision (chosen uniformly among those with two or more options) to a
    /// different option chosen uniformly. A space with no such decision returns `point`.
    public func mutate(_ point: CategoricalPoint, using generator: inout SeededGenerator) -> CategoricalPoint {
        guard !mutable.isEmpty else { return point }
        let decision = mutable[generator.uniformInt(below: mutable.count)]
        let n = cardinalities[decision]
        var copy = point
        let shift = 1 + generator.uniformInt(below: n - 1)
        copy.choices[decision] = (point.choices[decision] + shift) % n
        return copy
    }

    /// All points differing from `point` in exactly one decision, by decision then option.
    public func neighbours(of point: CategoricalPoint) -> [CategoricalPoint] {
        var result: [CategoricalPoint] = []
        for decision in mutable {
            for option in 0..<cardinalities[decision] where option != point.choices[decision] {
                var copy = point
                copy.choices[decision] = option
                result.append(copy)
            }
        }
        return result
    }

    /// One-hot encoding: one block per decision, a 1 at the chosen option.
    public func features(of point: CategoricalPoint) -> [Double] {
        var result = [Double](repeating: 0, count: cardinalities.reduce(0, +))
        var offset = 0
        for (decision, n) in cardinalities.enumerated() {
            result[offset + point.choices[decision]] = 1
            offset += n
        }
        return result
    }

    /// The point making the given choices.
    public func point(choices: [Int]) -> CategoricalPoint { CategoricalPoint(choices) }

    /// The choices `point` makes.
    public func choices(of point: CategoricalPoint) -> [Int] { point.choices }
}
