/// Checks shared by the paired statistics.
///
/// Paired statistics reject non-finite values instead of silently skipping
/// them: a NaN in a score column is a bug upstream, and dropping it would
/// change `n`. Callers who want to drop them say so with
/// ``Paired/droppingNonFinite(_:_:)``.
enum Validation {
    /// Throws unless `x` and `y` have equal length ≥ `minimum` and only finite values.
    static func checkPaired(
        _ x: [Double], _ y: [Double], minimum: Int, function: String
    ) throws(StatisticsError) {
        guard x.count == y.count else {
            throw .lengthMismatch(function: function, first: x.count, second: y.count)
        }
        guard x.count >= minimum else {
            throw .tooFewValues(function: function, needed: minimum, got: x.count)
        }
        try checkFinite(x, argument: "x", function: function)
        try checkFinite(y, argument: "y", function: function)
    }

    /// Throws at the first non-finite value of `values`.
    static func checkFinite(
        _ values: [Double], argument: String, function: String
    ) throws(StatisticsError) {
        if let index = values.firstIndex(where: { !$0.isFinite }) {
            throw .nonFinite(function: function, argument: argument, index: index)
        }
    }
}

/// Helpers for preparing paired samples.
public enum Paired {
    /// The pairs of `x` and `y` where both values are finite, in their original order.
    ///
    /// Use this to make filtering explicit before calling a correlation or a
    /// regression metric, which otherwise reject non-finite values. Extra
    /// values of the longer array are ignored.
    public static func droppingNonFinite(_ x: [Double], _ y: [Double]) -> (x: [Double], y: [Double]) {
        var keptX: [Double] = []
        var keptY: [Double] = []
        for (a, b) in zip(x, y) where a.isFinite && b.isFinite {
            keptX.append(a)
            keptY.append(b)
        }
        return (keptX, keptY)
    }
}
