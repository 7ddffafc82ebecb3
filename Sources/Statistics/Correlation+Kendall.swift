extension Correlation {
    /// Kendall's τ-b, with ties, in O(n log n) by Knight's algorithm.
    ///
    /// τ_b = (n₀ − n₁ − n₂ + n₃ − 2·S) / √((n₀ − n₁)(n₀ − n₂)), where
    /// n₀ = n(n−1)/2, n₁ and n₂ count pairs tied in x and in y, n₃ pairs tied
    /// in both, and S the discordant pairs. S is found as the number of swaps a
    /// merge sort by y makes on the items sorted by (x, y).
    /// Equals `scipy.stats.kendalltau(x, y).statistic` (its default variant "b").
    ///
    /// - Complexity: O(n log n) time, O(n) extra memory.
    public static func kendallTau(_ x: [Double], _ y: [Double]) throws(StatisticsError) -> Double {
        try Validation.checkPaired(x, y, minimum: 2, function: "Correlation.kendallTau")
        let n = x.count
        let order = x.indices.sorted { a, b in
            if x[a] != x[b] { return x[a] < x[b] }
            if y[a] != y[b] { return y[a] < y[b] }
            return a < b
        }
        let tiedX = tiedPairs(order.map { x[$0] })
        let tiedBoth = tiedPairs(order.map { PairKey(x: x[$0], y: y[$0]) })
        var ys = order.map { y[$0] }
        let swaps = sortCountingInversions(&ys)
        let tiedY = tiedPairs(ys)
        let total = n * (n - 1) / 2
        let numerator = Double(total - tiedX - tiedY + tiedBoth) - 2 * Double(swaps)
        let denominator = (Double(total - tiedX) * Double(total - tiedY)).squareRoot()
        guard denominator > 0 else { return .nan }
        return min(1, max(-1, numerator / denominator))
    }

    /// Number of pairs of equal elements in an array where equal elements are adjacent.
    private static func tiedPairs<T: Equatable>(_ sorted: [T]) -> Int {
        var pairs = 0
        var run = 1
        for index in sorted.indices.dropFirst() {
            if sorted[index] == sorted[index - 1] {
                run += 1
            } else {
                pairs += run * (run - 1) / 2
                run = 1
            }
        }
        return sorted.isEmpty ? 0 : pairs + run * (run - 1) / 2
    }

    /// Sorts `values` ascending with a stable bottom-up merge sort and returns
    /// the number of strict inversions (i < j, values[i] > values[j]) it removed.
    static func sortCountingInversions(_ values: inout [Double]) -> Int {
        let n = values.count
        var buffer = values
        var inversions = 0
        var width = 1
        while width < n {
            var start = 0
            while start < n {
                let middle = min(start + width, n)
                let end = min(start + 2 * width, n)
                var left = start
                var right = middle
                var out = start
                while left < middle && right < end {
                    if values[right] < values[left] {
                        buffer[out] = values[right]
                        inversions += middle - left
                        right += 1
                    } else {
                        buffer[out] = values[left]
                        left += 1
                    }
                    out += 1
                }
                while left < middle { buffer[out] = values[left]; left += 1; out += 1 }
                while right < end { buffer[out] = values[right]; right += 1; out += 1 }
                start = end
            }
            swap(&values, &buffer)
            width *= 2
        }
        return inversions
    }
}

/// An (x, y) pair compared for joint ties.
private struct PairKey: Equatable {
    var x: Double
    var y: Double
}
