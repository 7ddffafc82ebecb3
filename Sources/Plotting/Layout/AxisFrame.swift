/// A resolved axis: the shown range in the scale's linear space and how to map values.
struct AxisFrame: Sendable, Hashable {
    var scale: AxisScale
    /// Lower end in transformed space (log10 of the value on log axes).
    var lo: Double
    /// Upper end in transformed space.
    var hi: Double
    var inverted: Bool = false
    /// Category names at positions 0, 1, … when the axis is categorical.
    var categories: [String]?

    /// The position of data value `v` as a fraction 0...1 of the axis (outside for values
    /// beyond the limits), or nil when the value cannot be shown.
    func fraction(_ v: Double) -> Double? {
        guard let t = scale.transform(v) else { return nil }
        let f = hi > lo ? (t - lo) / (hi - lo) : 0.5
        return inverted ? 1 - f : f
    }

    /// Like ``fraction(_:)`` for a value already in transformed space.
    func fraction(transformed t: Double) -> Double {
        let f = hi > lo ? (t - lo) / (hi - lo) : 0.5
        return inverted ? 1 - f : f
    }

    /// The data value at the lower end.
    var lowerValue: Double { scale.inverse(lo) }
    /// The data value at the upper end.
    var upperValue: Double { scale.inverse(hi) }

    /// Whether the value lies within the limits (with a small tolerance).
    func contains(_ v: Double) -> Bool {
        guard let t = scale.transform(v) else { return false }
        let eps = (hi - lo) * 1e-9
        return t >= lo - eps && t <= hi + eps
    }
}

/// The finite extent of data along one axis, in transformed space.
struct Extent: Sendable {
    var lo = Double.infinity
    var hi = -Double.infinity
    /// Values the automatic margin must not cross (e.g. the zero of bars).
    var sticky: [Double] = []
    /// Use the extent without margins (heatmaps, categories).
    var exact = false

    var isEmpty: Bool { lo > hi }

    mutating func add(_ t: Double) {
        lo = Swift.min(lo, t)
        hi = Swift.max(hi, t)
    }

    mutating func merge(_ other: Extent) {
        lo = Swift.min(lo, other.lo)
        hi = Swift.max(hi, other.hi)
        sticky += other.sticky
        exact = exact || other.exact
    }
}
