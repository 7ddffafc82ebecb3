/// Counts of a sample in equal-width bins, with `numpy.histogram`'s edges.
///
/// Edges are `bins + 1` evenly spaced values from the lower to the upper
/// bound (the sample's min and max unless a range is given; a degenerate
/// range [a, a] becomes [a − 0.5, a + 0.5]). Every bin is half-open [eᵢ, eᵢ₊₁)
/// except the last, which also holds its upper edge. Values outside the
/// range are not counted. Non-finite values are dropped and counted in
/// ``droppedCount``.
public struct Histogram: Sendable, Equatable {
    /// The `bins + 1` bin edges, ascending.
    public let edges: [Double]
    /// The number of values in each bin.
    public let counts: [Int]
    /// How many non-finite values were dropped.
    public let droppedCount: Int

    /// Bins the finite values of `values` into `bins` equal-width bins.
    ///
    /// Throws if `bins < 1` or the given range is not finite and ordered.
    public init(_ values: [Double], bins: Int, range: ClosedRange<Double>? = nil) throws(StatisticsError) {
        guard bins >= 1 else {
            throw .invalidParameter(function: "Histogram", reason: "bins = \(bins) must be at least 1")
        }
        let finite = values.filter(\.isFinite)
        droppedCount = values.count - finite.count
        var low = range?.lowerBound ?? finite.min() ?? 0
        var high = range?.upperBound ?? finite.max() ?? 1
        guard low.isFinite && high.isFinite else {
            throw .invalidParameter(function: "Histogram", reason: "range \(low)...\(high) is not finite")
        }
        if low == high {
            low -= 0.5
            high += 0.5
        }
        let step = (high - low) / Double(bins)
        var edges = (0...bins).map { low + Double($0) * step }
        edges[bins] = high
        var counts = [Int](repeating: 0, count: bins)
        for value in finite where value >= low && value <= high {
            counts[Self.bin(of: value, edges: edges)] += 1
        }
        self.edges = edges
        self.counts = counts
    }

    /// The index of the bin holding `value`, given `edges[0] ≤ value ≤ edges.last`.
    private static func bin(of value: Double, edges: [Double]) -> Int {
        // The number of edges ≤ value, minus one; the last edge closes the last bin.
        var low = 0
        var high = edges.count
        while low < high {
            let middle = (low + high) / 2
            if edges[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return min(low - 1, edges.count - 2)
    }

    /// The bin centres, (eᵢ + eᵢ₊₁) / 2.
    public var centers: [Double] {
        zip(edges, edges.dropFirst()).map { ($0 + $1) / 2 }
    }

    /// The probability density in each bin: count / (total · width), integrating to 1.
    ///
    /// All zeros when no value was counted.
    public var density: [Double] {
        let total = Double(counts.reduce(0, +))
        guard total > 0 else { return counts.map { _ in 0 } }
        return counts.indices.map { Double(counts[$0]) / (total * (edges[$0 + 1] - edges[$0])) }
    }
}
