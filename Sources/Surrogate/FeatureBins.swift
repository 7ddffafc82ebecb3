/// Histogram bins of the training features: per feature, the sorted lower bounds of
/// its bins, and every training value replaced by its bin index (a byte, as at most
/// 256 bins are allowed). Histograms lay features out with a fixed `stride`, so the
/// slot of (feature, bin) is `feature * stride + bin`.
///
/// A feature with at most `maxBins` distinct values gets one bin per value (so small
/// ordinal codes are split exactly); otherwise bins start at equally spaced quantiles
/// of its values. Splitting after bin `b` sends `x < lowers[b + 1]` left.
struct FeatureBins: Sendable {
    let rowCount: Int
    let featureCount: Int
    /// Lower bound of each bin, per feature (ascending).
    let lowers: [[Double]]
    /// Whether each feature has one bin per distinct value (no quantile binning).
    let isExact: [Bool]
    /// The number of bins of each feature.
    let binCounts: [Int]
    /// Histogram slots per feature: the largest bin count.
    let stride: Int
    /// Row-major bin index of every training value.
    let bins: [UInt8]

    /// Histogram slots in all.
    var totalSlots: Int { stride * featureCount }

    init(features: [[Double]], maxBins: Int) {
        rowCount = features.count
        featureCount = features[0].count
        var lowers: [[Double]] = []
        var isExact: [Bool] = []
        for feature in 0..<featureCount {
            let sorted = features.map { $0[feature] }.sorted()
            var distinct: [Double] = []
            for value in sorted where distinct.last != value { distinct.append(value) }
            var bounds = distinct
            if distinct.count > maxBins {
                bounds = [sorted[0]]
                for k in 1..<maxBins {
                    let value = sorted[k * sorted.count / maxBins]
                    if value > bounds[bounds.count - 1] { bounds.append(value) }
                }
            }
            lowers.append(bounds)
            isExact.append(distinct.count <= maxBins)
        }
        var bins = [UInt8](repeating: 0, count: rowCount * featureCount)
        for (row, values) in features.enumerated() {
            for feature in 0..<featureCount {
                bins[row * featureCount + feature] = UInt8(Self.bin(of: values[feature], lowers: lowers[feature]))
            }
        }
        self.lowers = lowers
        self.isExact = isExact
        self.binCounts = lowers.map(\.count)
        self.stride = binCounts.max() ?? 1
        self.bins = bins
    }

    /// The last bin whose lower bound is ≤ `value` (0 below the first bound).
    static func bin(of value: Double, lowers: [Double]) -> Int {
        var low = 0
        var high = lowers.count
        while low < high {
            let middle = (low + high) / 2
            if lowers[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return max(low - 1, 0)
    }
}
