extension TRAILS {
    /// The summary of many runs' values at one x position: mean, median and a
    /// quantile band (the authors' figures draw the mean with a 25–75 % band).
    public struct BandPoint: Sendable, Equatable {
        /// The x position (a time budget in minutes, an N/K ratio, ...).
        public var x: Double
        /// Mean of the values.
        public var mean: Double
        /// Median of the values.
        public var median: Double
        /// Lower quantile (default 25 %).
        public var lower: Double
        /// Upper quantile (default 75 %).
        public var upper: Double
        /// How many values were summarised.
        public var count: Int

        /// Creates a point from already summarised values.
        public init(x: Double, mean: Double, median: Double, lower: Double, upper: Double, count: Int) {
            self.x = x
            self.mean = mean
            self.median = median
            self.lower = lower
            self.upper = upper
            self.count = count
        }

        /// Summarises `values` at `x`; nil when `values` is empty. Quantiles interpolate
        /// linearly between order statistics (NumPy's default).
        public init?(x: Double, values: [Double], lowerLevel: Double = 0.25, upperLevel: Double = 0.75) {
            guard !values.isEmpty else { return nil }
            let sorted = values.sorted()
            self.x = x
            mean = values.reduce(0, +) / Double(values.count)
            median = Self.quantile(sorted, 0.5)
            lower = Self.quantile(sorted, lowerLevel)
            upper = Self.quantile(sorted, upperLevel)
            count = values.count
        }

        /// The `level` quantile of ascending `sorted`, linear interpolation (NumPy's default).
        static func quantile(_ sorted: [Double], _ level: Double) -> Double {
            let position = level * Double(sorted.count - 1)
            let low = Int(position.rounded(.down))
            let high = min(low + 1, sorted.count - 1)
            let fraction = position - Double(low)
            return sorted[low] + (sorted[high] - sorted[low]) * fraction
        }
    }
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
