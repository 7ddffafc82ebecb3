/// The record of one search run: a ``TracePoint`` per evaluation, in order.
public struct AnytimeTrace<Point: Hashable & Sendable>: Hashable, Sendable {
    /// The steps, in evaluation order; clocks and evaluation counts are non-decreasing.
    public var points: [TracePoint<Point>]

    /// Creates a trace from steps.
    public init(points: [TracePoint<Point>] = []) {
        self.points = points
    }

    /// The best value reached by simulated time `clock`, or nil when nothing had finished.
    public func bestValue(atClock clock: Double) -> Double? {
        lastIndex { $0.clock <= clock }.flatMap(bestAt)
    }

    /// The best value after `evaluations` evaluations, or nil when fewer had finished.
    public func bestValue(afterEvaluations evaluations: Int) -> Double? {
        lastIndex { $0.evaluations <= evaluations }.flatMap(bestAt)
    }

    /// The final best value, or nil for an empty trace or one without an incumbent.
    public var finalBestValue: Double? {
        points.indices.last.flatMap(bestAt)
    }

    /// Best-so-far values in step order (for plotting against ``clocks``).
    public var bestValues: [Double] { points.map(\.bestValue) }

    /// Simulated clocks in step order.
    public var clocks: [Double] { points.map(\.clock) }

    private func bestAt(_ index: Int) -> Double? {
        points[index].incumbent == nil ? nil : points[index].bestValue
    }

    /// The last index whose point satisfies a predicate that is monotone (true, …, true, false, …).
    private func lastIndex(where isBefore: (TracePoint<Point>) -> Bool) -> Int? {
        var low = 0
        var high = points.count
        while low < high {
            let middle = (low + high) / 2
            if isBefore(points[middle]) { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }
}
