/// A sampled curve y(x), such as one seed's learning or anytime curve.
public struct Curve: Sendable, Equatable {
    /// How a curve is evaluated between and beyond its samples.
    public enum Interpolation: Sendable, Equatable {
        /// Straight lines between samples; undefined outside [x₀, xₙ].
        case linear
        /// Hold the last sample's value until the next (a "best so far"
        /// anytime curve); undefined before x₀, held after xₙ.
        case step
    }

    /// The sample positions, non-decreasing.
    public let x: [Double]
    /// The values at `x`.
    public let y: [Double]

    /// Creates a curve; throws unless `x` and `y` have equal non-zero
    /// length, are finite, and `x` is non-decreasing.
    public init(x: [Double], y: [Double]) throws(StatisticsError) {
        try Validation.checkPaired(x, y, minimum: 1, function: "Curve")
        if let index = x.indices.dropFirst().first(where: { x[$0] < x[$0 - 1] }) {
            throw .invalidParameter(function: "Curve", reason: "x[\(index)] = \(x[index]) is smaller than x[\(index - 1)]")
        }
        self.x = x
        self.y = y
    }

    /// The curve's value at `t`, or nil where it is undefined.
    ///
    /// Where `x` repeats a position, the last sample at that position wins.
    public func value(at t: Double, interpolation: Interpolation) -> Double? {
        guard t >= x[0] else { return nil }
        // The index of the last sample with x ≤ t.
        var low = 0
        var high = x.count
        while low < high {
            let middle = (low + high) / 2
            if x[middle] <= t { low = middle + 1 } else { high = middle }
        }
        let index = low - 1
        switch interpolation {
        case .step:
            return y[index]
        case .linear:
            if x[index] == t { return y[index] }
            guard index + 1 < x.count else { return nil }
            let fraction = (t - x[index]) / (x[index + 1] - x[index])
            return y[index] + fraction * (y[index + 1] - y[index])
        }
    }
}
