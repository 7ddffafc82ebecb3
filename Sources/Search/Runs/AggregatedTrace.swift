/// Best-so-far curves of several runs (seeds) on a common grid: mean, std and quantile bands.
///
/// At each grid value x, every run contributes its best value reached by x (its last trace
/// point with clock, or evaluation count, ≤ x). Runs with nothing finished by x are left out
/// and ``runs`` says how many contributed; where none did, statistics are NaN.
public struct AggregatedTrace: Hashable, Sendable {
    /// The axis of the grid.
    public var axis: TraceAxis
    /// The common grid.
    public var grid: [Double]
    /// The number of runs with a value at each grid value.
    public var runs: [Int]
    /// The mean best-so-far at each grid value.
    public var mean: [Double]
    /// The sample standard deviation (n − 1 denominator; 0 for one run) at each grid value.
    public var standardDeviation: [Double]
    /// The quantile levels, e.g. `[0.25, 0.5, 0.75]`.
    public var levels: [Double]
    /// `quantiles[q][i]`: the `levels[q]` quantile at `grid[i]` (linear interpolation, NumPy's default).
    public var quantiles: [[Double]]

    /// Aggregates traces on `grid` along `axis` with the given quantile levels.
    public init<Point>(traces: [AnytimeTrace<Point>], grid: [Double], axis: TraceAxis = .clock,
                       levels: [Double] = [0.25, 0.5, 0.75]) {
        self.axis = axis
        self.grid = grid
        self.levels = levels
        var runs: [Int] = []
        var mean: [Double] = []
        var deviation: [Double] = []
        var quantiles = [[Double]](repeating: [], count: levels.count)
        for x in grid {
            let values = traces.compactMap { trace -> Double? in
                switch axis {
                case .clock: return trace.bestValue(atClock: x)
                case .evaluations: return trace.bestValue(afterEvaluations: Int(x.rounded(.down)))
                }
            }.sorted()
            runs.append(values.count)
            let statistics = Self.moments(values)
            mean.append(statistics.mean)
            deviation.append(statistics.deviation)
            for (q, level) in levels.enumerated() {
                quantiles[q].append(Self.quantile(sorted: values, level: level))
            }
        }
        self.runs = runs
        self.mean = mean
        self.standardDeviation = deviation
        self.quantiles = quantiles
    }

    static func moments(_ values: [Double]) -> (mean: Double, deviation: Double) {
        guard !values.isEmpty else { return (.nan, .nan) }
        let mean = values.reduce(0, +) / Double(values.count)
        guard values.count > 1 else { return (mean, 0) }
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (mean, (squares / Double(values.count - 1)).squareRoot())
    }

    /// The `level` quantile of ascending `sorted` values by linear interpolation (type 7).
    public static func quantile(sorted: [Double], level: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let position = min(max(level, 0), 1) * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }
}
