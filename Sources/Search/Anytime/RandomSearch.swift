import Randomness

/// Random search: evaluate independent uniform samples until the budget is spent.
public struct RandomSearch: Hashable, Sendable {
    /// Creates a random search.
    public init() {}

    /// Runs under `budget`; the incumbent is the best sample so far.
    public func run<S: SearchSpace, O: Objective>(
        space: S, objective: O, budget: Budget, using generator: inout SeededGenerator
    ) throws -> SearchResult<S.Point> where O.Point == S.Point {
        try budget.requireLimited("RandomSearch")
        var session = SearchSession(objective: objective, budget: budget)
        while try session.evaluate(space.sample(using: &generator)) != nil {}
        return session.result()
    }
}
