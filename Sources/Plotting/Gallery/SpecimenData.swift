import Foundation

/// Deterministic stand-in data for the specimen figures (no random generator: a
/// low-discrepancy sequence pushed through the normal quantile), identical on every run.
enum SpecimenData {
    /// The `i`-th point of the additive golden-ratio sequence shifted by `offset`, in (0, 1).
    static func uniform(_ i: Int, offset: Double = 0) -> Double {
        let v = (Double(i + 1) * 0.6180339887498949 + offset).truncatingRemainder(dividingBy: 1)
        return min(max(v, 1e-6), 1 - 1e-6)
    }

    /// An approximately standard-normal value (Box–Muller on two shifted sequences).
    static func normal(_ i: Int, offset: Double = 0) -> Double {
        let u1 = uniform(i, offset: offset), u2 = uniform(i * 7 + 3, offset: offset + 0.37)
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// `n` normal values with mean `mean` and standard deviation `std`.
    static func sample(_ n: Int, mean: Double, std: Double, offset: Double) -> [Double] {
        (0..<n).map { mean + std * normal($0, offset: offset) }
    }

    /// A saturating learning curve: accuracy after `t` seconds for run `run`.
    static func curve(_ t: Double, rate: Double, ceiling: Double, run: Int) -> Double {
        ceiling * (1 - exp(-rate * t)) + 0.01 * normal(run * 101 + Int(t), offset: Double(run) * 0.1)
    }
}
