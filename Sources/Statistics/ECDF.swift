/// The empirical cumulative distribution function of a sample.
///
/// F(t) = (number of values ≤ t) / n. Non-finite values are dropped when
/// the ECDF is built and counted in ``droppedCount``, so a plot can say so.
public struct ECDF: Sendable, Equatable {
    /// The finite values, sorted ascending.
    public let sortedValues: [Double]
    /// How many non-finite values were dropped.
    public let droppedCount: Int

    /// Builds the ECDF of the finite values of `values`.
    public init(_ values: [Double]) {
        let finite = values.filter(\.isFinite)
        sortedValues = finite.sorted()
        droppedCount = values.count - finite.count
    }

    /// F(t), the fraction of values ≤ `t`; NaN if the ECDF is empty.
    public func callAsFunction(_ t: Double) -> Double {
        guard !sortedValues.isEmpty else { return .nan }
        var low = 0
        var high = sortedValues.count
        while low < high {
            let middle = (low + high) / 2
            if sortedValues[middle] <= t { low = middle + 1 } else { high = middle }
        }
        return Double(low) / Double(sortedValues.count)
    }

    /// The corners of the step function: one point per distinct value, (value, F(value)).
    ///
    /// Drawn as a post-step line (hold each y until the next x), these give
    /// the ECDF exactly.
    public var steps: [(x: Double, y: Double)] {
        var points: [(x: Double, y: Double)] = []
        let n = Double(sortedValues.count)
        for (index, value) in sortedValues.enumerated() {
            let y = Double(index + 1) / n
            if let last = points.last, last.x == value {
                points[points.count - 1].y = y
            } else {
                points.append((value, y))
            }
        }
        return points
    }
}
