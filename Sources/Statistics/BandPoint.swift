/// The summary of many runs' values at one x position: mean, median and a quantile band.
///
/// Figures that draw a mean curve with a 25–75 % band over runs (TRAILS's anytime and
/// refinement plots) summarise each x this way.
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

    /// Checks that a band's levels are quantile levels in order: 0 ≤ `lower` ≤ `upper` ≤ 1.
    public static func checkLevels(lower: Double, upper: Double) throws(StatisticsError) {
        guard 0 <= lower, lower <= upper, upper <= 1 else {
            throw .invalidParameter(function: "band", reason: "quantile levels [\(lower), \(upper)] must satisfy 0 ≤ lower ≤ upper ≤ 1")
        }
    }

    /// Summarises `values` at `x`; nil when `values` is empty.
    ///
    /// Quantiles interpolate linearly between order statistics (NumPy's default, see
    /// ``Descriptive/quantile(_:_:)``): a NaN value, or a level outside [0, 1], gives NaN.
    public init?(x: Double, values: [Double], lowerLevel: Double = 0.25, upperLevel: Double = 0.75) {
        guard !values.isEmpty else { return nil }
        let levels = Descriptive.quantiles(values, [0.5, lowerLevel, upperLevel])
        self.init(x: x, mean: Descriptive.mean(values), median: levels[0], lower: levels[1], upper: levels[2],
                  count: values.count)
    }
}
