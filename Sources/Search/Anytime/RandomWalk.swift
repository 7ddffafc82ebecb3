import Randomness

/// A random walk: every step mutates the previous point and always moves there.
///
/// The OCaml-inlining project's baseline (200 steps of the annealing move, every move accepted).
public struct RandomWalk: Hashable, Sendable {
    /// The number of moves, or nil to walk until the budget is spent.
    public var steps: Int?

    /// Creates a walk.
    public init(steps: Int? = nil) {
        self.steps = steps
    }

    /// Runs under `budget` from `start` (or a random sample); the incumbent is the best point visited.
    public func run<S: SearchSpace, O: Objective>(
        space: S, objective: O, budget: Budget, start: S.Point? = nil,
        using generator: inout SeededGenerator
    ) throws -> SearchResult<S.Point> where O.Point == S.Point {
        if steps == nil { try budget.requireLimited("RandomWalk") }
        var session = SearchSession(objective: objective, budget: budget)
        var current = start ?? space.sample(using: &generator)
        guard try session.evaluate(current) != nil else { return session.result() }
        var step = 0
        while steps.map({ step < $0 }) ?? true {
            current = space.mutate(current, using: &generator)
            guard try session.evaluate(current) != nil else { return session.result() }
            step += 1
        }
        session.finish()
        return session.result()
    }
}
