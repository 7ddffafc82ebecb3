extension AggregatedTrace {
    /// Aggregates the traces of several runs (e.g. one per seed).
    public init<Point>(results: [SearchResult<Point>], grid: [Double], axis: TraceAxis = .clock,
                       levels: [Double] = [0.25, 0.5, 0.75]) {
        self.init(traces: results.map(\.trace), grid: grid, axis: axis, levels: levels)
    }

    /// The band for the quantile `level`, if it was computed.
    public func band(_ level: Double) -> [Double]? {
        levels.firstIndex(of: level).map { quantiles[$0] }
    }
}
