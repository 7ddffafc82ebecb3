#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Divergences between distributions.
public enum Divergence {
    /// The Kullback–Leibler divergence D(p ‖ q) in nats, after normalising both to sum 1.
    ///
    /// D = Σᵢ pᵢ ln(pᵢ / qᵢ) with pᵢ = aᵢ / Σa and qᵢ = bᵢ / Σb. This is
    /// `scipy.stats.entropy(a, b)`, which is what Accel-NASBench reports as
    /// "KL div." between two *score vectors* over the same architectures
    /// (e.g. true vs predicted top-1 accuracies): each vector is treated as a
    /// distribution over the architectures, not as a sample of scores. The
    /// value is small (≈1e-5) whenever the vectors are nearly proportional.
    /// The repo passes its `y_true` first: for the proxified vs few-proxy
    /// figure, `kullbackLeibler(meanProxified, meanFewProxy)` over the 117
    /// ablation architectures gives 8.09e-5 (checked with SciPy on the CSVs).
    ///
    /// Terms with pᵢ = 0 contribute 0; a term with pᵢ > 0 and qᵢ = 0 makes the
    /// result +∞. Throws for unequal lengths, an empty input, non-finite or
    /// negative values, or a vector summing to 0.
    public static func kullbackLeibler(_ a: [Double], _ b: [Double]) throws(StatisticsError) -> Double {
        let function = "Divergence.kullbackLeibler"
        try Validation.checkPaired(a, b, minimum: 1, function: function)
        if let index = a.firstIndex(where: { $0 < 0 }) {
            throw .negative(function: function, argument: "p", index: index)
        }
        if let index = b.firstIndex(where: { $0 < 0 }) {
            throw .negative(function: function, argument: "q", index: index)
        }
        let sumA = a.reduce(0, +)
        let sumB = b.reduce(0, +)
        guard sumA > 0 && sumB > 0 else {
            throw .invalidParameter(function: function, reason: "a distribution sums to 0")
        }
        var divergence = 0.0
        for (rawP, rawQ) in zip(a, b) where rawP > 0 {
            let p = rawP / sumA
            let q = rawQ / sumB
            guard q > 0 else { return .infinity }
            divergence += p * log(p / q)
        }
        return divergence
    }
}
