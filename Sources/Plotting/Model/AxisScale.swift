/// How data values map to positions along an axis.
public enum AxisScale: Sendable, Hashable {
    /// Positions proportional to values.
    case linear
    /// Positions proportional to `log10(value)`; values ≤ 0 are dropped with a warning.
    case log10

    /// The value in the scale's linear space (log10 for log axes), or nil when the
    /// value cannot be shown (not finite, or ≤ 0 on a log axis).
    public func transform(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        switch self {
        case .linear: return value
        case .log10: return value > 0 ? Foundation.log10(value) : nil
        }
    }

    /// The inverse of ``transform(_:)``.
    public func inverse(_ t: Double) -> Double {
        switch self {
        case .linear: return t
        case .log10: return Foundation.pow(10, t)
        }
    }
}

import Foundation
