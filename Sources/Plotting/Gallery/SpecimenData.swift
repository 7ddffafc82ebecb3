import Foundation
import Randomness

/// Seeded stand-in data for the specimen figures, identical on every run.
enum SpecimenData {
    /// A generator for stream `stream` of the gallery's fixed seed.
    static func generator(_ stream: Int) -> SeededGenerator {
        SeededGenerator(seed: 20_261_125).derived(UInt64(stream))
    }

    /// `n` values uniform in 0..<1 from stream `stream`.
    static func uniform(_ n: Int, stream: Int) -> [Double] {
        var g = generator(stream)
        return (0..<n).map { _ in g.nextUnit() }
    }

    /// `n` normal values with mean `mean` and standard deviation `std` from stream `stream`.
    static func sample(_ n: Int, mean: Double, std: Double, stream: Int) -> [Double] {
        var g = generator(stream)
        return (0..<n).map { _ in mean + std * g.nextNormal() }
    }

    /// A noisy saturating learning curve over `t` for run `run`.
    static func curve(_ t: [Double], rate: Double, ceiling: Double, noise: Double = 0.012, run: Int) -> [Double] {
        var g = generator(1000 + run)
        let speed = rate * (1 + 0.25 * g.nextNormal())
        return t.map { ceiling * (1 - exp(-speed * $0)) + noise * g.nextNormal() }
    }
}
