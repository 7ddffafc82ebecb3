import Randomness

/// A discrete space of candidates that a search algorithm can sample, perturb and encode.
///
/// Points are plain hashable values (an architecture, a configuration, a rewrite sequence),
/// so they double as architecture ids for caches, seen-sets and lookup tables. Every random
/// operation takes the caller's `SeededGenerator`, so a run is a pure function of its seed.
public protocol SearchSpace: Sendable {
    /// A candidate of the space; its hash is its architecture id.
    associatedtype Point: Hashable & Sendable

    /// Draws a point uniformly at random.
    func sample(using generator: inout SeededGenerator) -> Point

    /// Returns a copy of `point` with one choice changed at random (a neighbour move).
    func mutate(_ point: Point, using generator: inout SeededGenerator) -> Point

    /// Every point one move away from `point`, in a deterministic order.
    func neighbours(of point: Point) -> [Point]

    /// A numeric encoding of `point` for surrogates and plots.
    func features(of point: Point) -> [Double]
}

/// A search space that is a product of independent categorical decisions.
///
/// Policies that keep one distribution per decision (REINFORCE) need this structure:
/// a point is fully described by the option index chosen for every decision.
public protocol FactoredSearchSpace: SearchSpace {
    /// The number of options of each decision, in decision order.
    var cardinalities: [Int] { get }

    /// The point whose decisions take the given option indices.
    func point(choices: [Int]) -> Point

    /// The option index chosen for every decision of `point`.
    func choices(of point: Point) -> [Int]
}
