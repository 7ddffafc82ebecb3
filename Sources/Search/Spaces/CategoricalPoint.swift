/// A point of a ``CategoricalSpace``: the option index chosen for every decision.
///
/// Two points are equal exactly when they make the same choices, so a point is its own
/// hashable architecture id; ``CategoricalSpace/index(of:)`` gives a compact integer id.
public struct CategoricalPoint: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The option index of every decision, in decision order.
    public var choices: [Int]

    /// Creates a point from option indices.
    public init(_ choices: [Int]) {
        self.choices = choices
    }

    /// Orders points lexicographically by their choices (used for deterministic tie-breaks).
    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.choices.lexicographicallyPrecedes(rhs.choices)
    }

    /// The choices joined by dashes, e.g. `3-0-2-1`.
    public var description: String {
        choices.map(String.init).joined(separator: "-")
    }
}
