import Randomness

/// Regularized (aging) evolution (Real et al., 2019).
///
/// Fills a population of `populationSize` random samples, then repeats: draw `sampleSize`
/// members uniformly **with replacement**, mutate one choice of the best of them, evaluate
/// the child, add it and remove the oldest member.
public struct RegularizedEvolution: Hashable, Sendable {
    /// P, the population size.
    public var populationSize: Int
    /// S, the tournament sample size.
    public var sampleSize: Int

    /// Creates the algorithm (Accel-NASBench uses P = 20, S = 10).
    public init(populationSize: Int = 20, sampleSize: Int = 10) {
        self.populationSize = populationSize
        self.sampleSize = sampleSize
    }

    /// Runs under `budget`; the incumbent is the best point ever evaluated (not only alive).
    public func run<S: SearchSpace, O: Objective>(
        space: S, objective: O, budget: Budget, using generator: inout SeededGenerator
    ) throws -> SearchResult<S.Point> where O.Point == S.Point {
        try budget.requireLimited("RegularizedEvolution")
        guard populationSize >= 1, sampleSize >= 1 else {
            throw SearchError.invalidConfiguration(
                "RegularizedEvolution: populationSize \(populationSize) and sampleSize \(sampleSize) must be >= 1")
        }
        var session = SearchSession(objective: objective, budget: budget)
        var population = AgingPopulation<S.Point>(capacity: populationSize)
        while population.count < populationSize {
            let point = space.sample(using: &generator)
            guard let evaluation = try session.evaluate(point) else { return session.result() }
            population.append(point, value: evaluation.value)
        }
        while true {
            let parent = tournament(population, using: &generator)
            let child = space.mutate(parent, using: &generator)
            guard let evaluation = try session.evaluate(child) else { break }
            population.append(child, value: evaluation.value)
        }
        return session.result()
    }

    /// The best of `sampleSize` members drawn with replacement (first drawn wins ties).
    func tournament<Point>(_ population: AgingPopulation<Point>,
                           using generator: inout SeededGenerator) -> Point {
        var best = generator.uniformInt(below: population.count)
        var bestValue = population[best].value
        for _ in 1..<max(sampleSize, 1) {
            let candidate = generator.uniformInt(below: population.count)
            let value = population[candidate].value
            if value > bestValue {
                best = candidate
                bestValue = value
            }
        }
        return population[best].point
    }
}
