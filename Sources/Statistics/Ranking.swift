/// Ranks of samples and overlap of top-k sets.
public enum Ranking {
    /// The 1-based ranks of `values`, ties receiving the average of the ranks they span.
    ///
    /// Equals `scipy.stats.rankdata(values, method="average")`. NaN values are
    /// not rejected here; they compare unordered, so filter them first.
    ///
    /// - Complexity: O(n log n).
    public static func averageRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && values[order[end]] == values[order[start]] { end += 1 }
            // Positions start..<end hold ranks start+1 ... end; their mean:
            let rank = Double(start + 1 + end) / 2
            for position in start..<end { ranks[order[position]] = rank }
            start = end
        }
        return ranks
    }

    /// The indices of the `k` largest (or smallest) values, best first.
    ///
    /// Ties are broken by the lower index, so the result is deterministic.
    /// Throws if `k` is outside `0...values.count` or a value is not finite.
    public static func topIndices(
        _ values: [Double], k: Int, largest: Bool = true
    ) throws(StatisticsError) -> [Int] {
        let function = "Ranking.topIndices"
        guard (0...values.count).contains(k) else {
            throw .invalidParameter(function: function, reason: "k = \(k) is outside 0...\(values.count)")
        }
        try Validation.checkFinite(values, argument: "values", function: function)
        let order = values.indices.sorted { a, b in
            if values[a] != values[b] { return largest ? values[a] > values[b] : values[a] < values[b] }
            return a < b
        }
        return Array(order.prefix(k))
    }

    /// The fraction of the top-`k` items by `scores` that are also top-`k` by `truth`.
    ///
    /// `|top_k(scores) ∩ top_k(truth)| / k`, a value in [0, 1]. Both arrays
    /// index the same items; ties at the boundary are broken by the lower
    /// index. With `largest == false` the smallest values are "top".
    public static func topKOverlap(
        _ scores: [Double], _ truth: [Double], k: Int, largest: Bool = true
    ) throws(StatisticsError) -> Double {
        let function = "Ranking.topKOverlap"
        try Validation.checkPaired(scores, truth, minimum: 1, function: function)
        guard k >= 1 && k <= scores.count else {
            throw .invalidParameter(function: function, reason: "k = \(k) is outside 1...\(scores.count)")
        }
        let a = Set(try topIndices(scores, k: k, largest: largest))
        let b = try topIndices(truth, k: k, largest: largest)
        return Double(b.filter { a.contains($0) }.count) / Double(k)
    }
}
