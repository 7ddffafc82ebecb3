import Statistics

extension TRAILS {
    /// Mean, median and quantile band of many runs at one x: Statistics' ``Statistics/BandPoint``
    /// (the authors' figures draw the mean with a 25–75 % band).
    public typealias BandPoint = Statistics.BandPoint
}

extension TRAILS.RefinementTrace {
    /// Mean, median and 25–75 % band of the feasible values at every budget where the
    /// method can run (infeasible zeros and failed runs dropped).
    public func band(lowerLevel: Double = 0.25, upperLevel: Double = 0.75) -> [TRAILS.BandPoint] {
        feasibleColumns().compactMap {
            TRAILS.BandPoint(x: $0.budget, values: $0.values, lowerLevel: lowerLevel, upperLevel: upperLevel)
        }
    }
}

extension TRAILS.AnytimeRuns {
    /// Mean, median and band over runs at each shared budget (runs must share budgets).
    public func band(lowerLevel: Double = 0.25, upperLevel: Double = 0.75) -> [TRAILS.BandPoint] {
        guard let times = runs.first?.times else { return [] }
        return zip(times, columns).compactMap {
            TRAILS.BandPoint(x: $0, values: $1, lowerLevel: lowerLevel, upperLevel: upperLevel)
        }
    }
}
