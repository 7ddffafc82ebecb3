import Numerics
import Randomness

/// Seeded uniform samples from the TRAILS MLP space (every layer chooses one of `choices`).
public enum ArchitectureSample {
    /// The size of the space: `choices.count ^ layers`.
    public static func spaceSize(choices: [Int], layers: Int) -> Int {
        (0..<layers).reduce(1) { acc, _ in acc * choices.count }
    }

    /// The architecture at `index` in 0..<spaceSize, the first layer the most significant digit.
    public static func architecture(index: Int, choices: [Int], layers: Int) throws -> MLPArchitecture {
        var widths = [Int](repeating: 0, count: layers)
        var rest = index
        for l in stride(from: layers - 1, through: 0, by: -1) {
            widths[l] = choices[rest % choices.count]
            rest /= choices.count
        }
        return try MLPArchitecture(widths: widths)
    }

    /// `count` distinct architectures drawn uniformly without replacement, in draw order.
    public static func uniform(count: Int, choices: [Int] = MLPArchitecture.tabularChoices, layers: Int = 4,
                               generator: inout SeededGenerator) throws -> [MLPArchitecture] {
        let size = spaceSize(choices: choices, layers: layers)
        guard count >= 0, count <= size, !choices.isEmpty else {
            throw TabularStoreError("architecture sample", "cannot draw \(count) distinct from a space of \(size)")
        }
        var seen = Set<Int>()
        var out: [MLPArchitecture] = []
        while out.count < count {
            let index = Int(generator.next() % UInt64(size))
            if seen.insert(index).inserted { out.append(try architecture(index: index, choices: choices, layers: layers)) }
        }
        return out
    }
}
