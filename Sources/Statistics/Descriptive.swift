#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Summary statistics of one sample, with NumPy's conventions.
///
/// Input policy: these helpers do not throw. An empty sample, or one too
/// small for the statistic, gives `Double.nan`; a NaN anywhere in the sample
/// gives `Double.nan` (it propagates, as in NumPy). Filter with
/// `values.filter(\.isFinite)` first if dropping is what you want.
public enum Descriptive {
    /// The arithmetic mean, or NaN for an empty sample.
    public static func mean(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        return values.reduce(0, +) / Double(values.count)
    }

    /// The variance with `ddof` delta degrees of freedom (default 1: the sample variance).
    ///
    /// Σ(x − x̄)² / (n − ddof); NaN when n ≤ ddof.
    public static func variance(_ values: [Double], ddof: Int = 1) -> Double {
        guard values.count > ddof else { return .nan }
        let center = mean(values)
        let squares = values.reduce(0) { $0 + ($1 - center) * ($1 - center) }
        return squares / Double(values.count - ddof)
    }

    /// The standard deviation with `ddof` delta degrees of freedom (default 1: sample std).
    ///
    /// Python's `statistics.stdev` and `numpy.std(ddof=1)`; pass `ddof: 0`
    /// for `numpy.std`'s default.
    public static func standardDeviation(_ values: [Double], ddof: Int = 1) -> Double {
        variance(values, ddof: ddof).squareRoot()
    }

    /// The median (the 0.5 quantile, averaging the two middle values for even n).
    public static func median(_ values: [Double]) -> Double {
        quantile(values, 0.5)
    }

    /// The `q`-quantile, `q` in [0, 1], by linear interpolation between order statistics.
    ///
    /// NumPy's default `method="linear"`: with sorted values v and
    /// h = (n − 1)·q, the result is v[⌊h⌋] + (h − ⌊h⌋)(v[⌊h⌋+1] − v[⌊h⌋]).
    /// NaN for an empty sample, a NaN value, or `q` outside [0, 1].
    public static func quantile(_ values: [Double], _ q: Double) -> Double {
        quantiles(values, [q])[0]
    }

    /// Several quantiles of one sample, sorting it once. See ``quantile(_:_:)``.
    public static func quantiles(_ values: [Double], _ levels: [Double]) -> [Double] {
        guard !values.isEmpty, !values.contains(where: \.isNaN) else {
            return levels.map { _ in .nan }
        }
        let sorted = values.sorted()
        return levels.map { quantile(sorted: sorted, $0) }
    }

    /// The `q`-quantile of an already sorted, NaN-free, non-empty sample.
    static func quantile(sorted: [Double], _ q: Double) -> Double {
        guard q >= 0 && q <= 1 else { return .nan }
        let position = Double(sorted.count - 1) * q
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        let a = sorted[lower]
        let b = sorted[upper]
        return fraction == 0 ? a : a + fraction * (b - a)
    }

    /// The geometric mean exp(mean(ln x)).
    ///
    /// As `scipy.stats.gmean`: 0 if a value is 0, NaN if a value is negative
    /// or the sample is empty.
    public static func geometricMean(_ values: [Double]) -> Double {
        guard !values.isEmpty, !values.contains(where: { $0 < 0 || $0.isNaN }) else { return .nan }
        if values.contains(0) { return 0 }
        return exp(values.reduce(0) { $0 + log($1) } / Double(values.count))
    }
}
