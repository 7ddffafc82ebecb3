import Foundation

/// Major and minor tick positions for an axis, in data units.
public struct TickSet: Sendable, Hashable {
    /// Labelled ticks.
    public var major: [Double]
    /// Unlabelled small ticks (log axes: 2…9 × 10ⁿ).
    public var minor: [Double]
    /// The spacing of ``major`` in the scale's linear space (e.g. 0.25, or 1 decade), for formatting.
    public var step: Double

    /// Creates a tick set.
    public init(major: [Double], minor: [Double] = [], step: Double) {
        self.major = major
        self.minor = minor
        self.step = step
    }
}

/// Chooses "nice" tick positions: 1-2-5 steps on linear axes, decades on log axes.
public enum TickLocator {
    /// The multiples of a power of ten used as steps.
    static let mantissas: [Double] = [1, 2, 5]

    /// Ticks at multiples of the smallest 1-2-5 step that puts at most `maxCount`
    /// ticks in `lower...upper`. An empty or inverted range gives no ticks.
    public static func linear(_ lower: Double, _ upper: Double, maxCount: Int) -> TickSet {
        let lo = min(lower, upper), hi = max(lower, upper)
        guard lo.isFinite, hi.isFinite, hi > lo else {
            return TickSet(major: lo.isFinite && lo == hi ? [lo] : [], step: 1)
        }
        let count = max(2, maxCount)
        var exponent = Int(floor(Foundation.log10((hi - lo) / Double(count)))) - 1
        while exponent < 400 {
            for m in mantissas {
                let ticks = multiples(of: m, exponent: exponent, in: lo, hi)
                if let ticks, ticks.count <= count {
                    return TickSet(major: ticks, step: m * pow(10, Double(exponent)))
                }
            }
            exponent += 1
        }
        return TickSet(major: [lo, hi], step: hi - lo)
    }

    /// The multiples of `m × 10^exponent` within `lo...hi`, computed so that decimal
    /// steps give the correctly rounded decimal (0.3, not 0.30000000000000004);
    /// nil when there would be more than 10,000.
    static func multiples(of m: Double, exponent: Int, in lo: Double, _ hi: Double) -> [Double]? {
        let scale = pow(10, Double(abs(exponent)))
        let value: (Double) -> Double = exponent >= 0 ? { $0 * m * scale } : { $0 * m / scale }
        let step = exponent >= 0 ? m * scale : m / scale
        let first = (lo / step).rounded(.up), last = (hi / step).rounded(.down)
        guard last - first < 10_000 else { return nil }
        guard first <= last else { return [] }
        var out: [Double] = []
        var i = first
        while i <= last {
            let v = value(i)
            out.append(v == 0 ? 0 : v)
            i += 1
        }
        return out
    }

    /// Ticks for a log10 axis spanning `lower...upper` (data values, both > 0).
    ///
    /// Major ticks at decades (every n-th decade if more than `maxCount` would show),
    /// minor ticks at 2…9 × 10ⁿ when every decade is labelled. Ranges shorter than two
    /// decade ticks fall back to 1-2-5 × 10ⁿ, and then to linear ticks.
    public static func log10(_ lower: Double, _ upper: Double, maxCount: Int) -> TickSet {
        let lo = min(lower, upper), hi = max(lower, upper)
        guard lo > 0, hi.isFinite, hi > lo else {
            return TickSet(major: lo > 0 && lo == hi ? [lo] : [], step: 1)
        }
        let eLo = Foundation.log10(lo), eHi = Foundation.log10(hi)
        let tolerance = 1e-9
        let firstDecade = Int((eLo - tolerance).rounded(.up)), lastDecade = Int((eHi + tolerance).rounded(.down))
        let decadeCount = lastDecade - firstDecade + 1
        if decadeCount >= 2 {
            let stride = [1, 2, 3, 4, 5, 10, 20, 50, 100].first { (decadeCount + $0 - 1) / $0 <= max(2, maxCount) } ?? 100
            let start = Int((Double(firstDecade) / Double(stride)).rounded(.up)) * stride
            let major = Swift.stride(from: start, through: lastDecade, by: stride).map { pow(10, Double($0)) }
            var minor: [Double] = []
            if stride == 1 {
                for d in (firstDecade - 1)...lastDecade {
                    for k in 2...9 {
                        let v = Double(k) * pow(10, Double(d))
                        if v >= lo * (1 - tolerance) && v <= hi * (1 + tolerance) { minor.append(v) }
                    }
                }
            } else {
                minor = Swift.stride(from: firstDecade, through: lastDecade, by: 1)
                    .map { pow(10, Double($0)) }.filter { !major.contains($0) }
            }
            return TickSet(major: major, minor: minor, step: Double(stride))
        }
        var candidates: [Double] = []
        for d in (Int(eLo.rounded(.down)))...(Int(eHi.rounded(.up))) {
            for m in mantissas {
                let v = d >= 0 ? m * pow(10, Double(d)) : m / pow(10, Double(-d))
                if v >= lo * (1 - tolerance) && v <= hi * (1 + tolerance) { candidates.append(v) }
            }
        }
        if candidates.count >= 2 && candidates.count <= max(2, maxCount) {
            return TickSet(major: candidates, step: eHi - eLo)
        }
        var linear = TickLocator.linear(lo, hi, maxCount: maxCount)
        linear.major = linear.major.filter { $0 > 0 }
        return linear
    }
}
