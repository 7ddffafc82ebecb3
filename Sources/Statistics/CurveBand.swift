/// Several curves summarised pointwise on a common grid: mean, spread, quantile band.
///
/// At each grid point, only curves defined there (see
/// ``Curve/Interpolation``) contribute; ``count`` says how many. Where no
/// curve is defined every statistic is NaN; the standard deviation (sample,
/// ddof 1) is NaN where fewer than two curves contribute.
public struct CurveBand: Sendable, Equatable {
    /// The grid positions.
    public let grid: [Double]
    /// The mean over curves at each grid point.
    public let mean: [Double]
    /// The sample standard deviation over curves at each grid point.
    public let standardDeviation: [Double]
    /// The median over curves at each grid point.
    public let median: [Double]
    /// The lower quantile (level ``levels``.lower) at each grid point.
    public let lower: [Double]
    /// The upper quantile (level ``levels``.upper) at each grid point.
    public let upper: [Double]
    /// How many curves contribute at each grid point.
    public let count: [Int]
    /// The quantile levels of ``lower`` and ``upper``.
    public let levels: (lower: Double, upper: Double)

    /// Summarises `curves` on `grid`.
    ///
    /// - Parameters:
    ///   - levels: the quantile band, e.g. (0.25, 0.75); NumPy's linear quantiles.
    public init(
        _ curves: [Curve], grid: [Double], interpolation: Curve.Interpolation,
        levels: (lower: Double, upper: Double) = (0.25, 0.75)
    ) {
        var mean: [Double] = []
        var std: [Double] = []
        var median: [Double] = []
        var lower: [Double] = []
        var upper: [Double] = []
        var count: [Int] = []
        for t in grid {
            let values = curves.compactMap { $0.value(at: t, interpolation: interpolation) }
            mean.append(Descriptive.mean(values))
            std.append(Descriptive.standardDeviation(values))
            let q = Descriptive.quantiles(values, [0.5, levels.lower, levels.upper])
            median.append(q[0])
            lower.append(q[1])
            upper.append(q[2])
            count.append(values.count)
        }
        self.grid = grid
        self.mean = mean
        self.standardDeviation = std
        self.median = median
        self.lower = lower
        self.upper = upper
        self.count = count
        self.levels = levels
    }

    public static func == (lhs: CurveBand, rhs: CurveBand) -> Bool {
        lhs.grid == rhs.grid && lhs.mean == rhs.mean && lhs.standardDeviation == rhs.standardDeviation
            && lhs.median == rhs.median && lhs.lower == rhs.lower && lhs.upper == rhs.upper
            && lhs.count == rhs.count && lhs.levels == rhs.levels
    }
}

/// Evenly spaced grids for ``CurveBand``.
public enum Grid {
    /// `count` evenly spaced points from `start` to `end` inclusive (NumPy's `linspace`).
    public static func linear(from start: Double, to end: Double, count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [start] : [] }
        let step = (end - start) / Double(count - 1)
        var points = (0..<count).map { start + Double($0) * step }
        points[count - 1] = end
        return points
    }

    /// `count` points evenly spaced in log10 from `start` to `end` (both > 0; NumPy's `geomspace`-like).
    public static func logarithmic(from start: Double, to end: Double, count: Int) -> [Double] {
        guard start > 0 && end > 0 else { return [] }
        var points = linear(from: log10Value(start), to: log10Value(end), count: count).map { pow10($0) }
        if count >= 1 { points[0] = start }
        if count >= 2 { points[count - 1] = end }
        return points
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private func log10Value(_ x: Double) -> Double { log10(x) }
private func pow10(_ x: Double) -> Double { pow(10, x) }
