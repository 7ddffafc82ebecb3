/// Histogram bins of the training features: per feature, the sorted lower bounds of
/// its bins, and every training value replaced by a global bin index.
///
/// A feature with at most `maxBins` distinct values gets one bin per value (so small
/// ordinal codes are split exactly); otherwise bins start at equally spaced quantiles
/// of its values. Splitting after bin `b` sends `x < lowers[b + 1]` left.
struct FeatureBins: Sendable {
    let rowCount: Int
    let featureCount: Int
    /// Lower bound of each bin, per feature (ascending).
    let lowers: [[Double]]
    /// First global bin of each feature; `offsets[featureCount]` is the total.
    let offsets: [Int]
    /// Row-major global bin index of every training value.
    let bins: [UInt32]

    var totalBins: Int { offsets[featureCount] }

    init(features: [[Double]], maxBins: Int) {
        rowCount = features.count
        featureCount = features[0].count
        var lowers: [[Double]] = []
        var offsets = [0]
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
            offsets.append(offsets[offsets.count - 1] + bounds.count)
        }
        var bins = [UInt32](repeating: 0, count: rowCount * featureCount)
        for (row, values) in features.enumerated() {
            for feature in 0..<featureCount {
                let local = Self.bin(of: values[feature], lowers: lowers[feature])
                bins[row * featureCount + feature] = UInt32(offsets[feature] + local)
            }
        }
        self.lowers = lowers
        self.offsets = offsets
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
