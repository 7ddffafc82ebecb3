/// The five numbers and outliers of a Tukey box plot.
public struct BoxStatistics: Sendable, Hashable {
    /// First quartile.
    public var q1: Double
    /// Median.
    public var median: Double
    /// Third quartile.
    public var q3: Double
    /// Lowest datum ≥ q1 − k·IQR.
    public var lowerWhisker: Double
    /// Highest datum ≤ q3 + k·IQR.
    public var upperWhisker: Double
    /// Data outside the whiskers, sorted.
    public var outliers: [Double]

    /// Computes Tukey statistics of the finite values with whisker reach `k` IQRs;
    /// nil for an empty sample.
    public init?(_ values: [Double], whisker k: Double = 1.5) {
        let sorted = values.filter(\.isFinite).sorted()
        guard let first = sorted.first, let last = sorted.last else { return nil }
        q1 = PlotStats.quantile(sorted: sorted, 0.25)
        median = PlotStats.quantile(sorted: sorted, 0.5)
        q3 = PlotStats.quantile(sorted: sorted, 0.75)
        let iqr = q3 - q1
        let lowFence = q1 - k * iqr
        let highFence = q3 + k * iqr
        lowerWhisker = min(sorted.first { $0 >= lowFence } ?? first, q1)
        upperWhisker = max(sorted.last { $0 <= highFence } ?? last, q3)
        outliers = sorted.filter { $0 < lowFence || $0 > highFence }
    }
}
