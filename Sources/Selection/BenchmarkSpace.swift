import Numerics
import Randomness
import Search
import TabularStore

/// The benchmark's architectures as a search space over record indices.
///
/// A mutation changes one layer's width to another choice and moves to the benchmarked
/// architecture nearest to the result (L1 distance between choice indices; ties: lower index),
/// never staying put, so evolution over a sampled benchmark behaves like evolution over the
/// full space restricted to what was trained.
public struct BenchmarkSpace: SearchSpace {
    /// Choice indices of every record's widths.
    public let codes: [[Int]]
    /// The width choices.
    public let choices: [Int]

    /// Creates the space (widths not among `choices` get the nearest choice's index).
    public init(_ benchmark: Benchmark, choices: [Int] = MLPArchitecture.tabularChoices) {
        self.choices = choices
        self.codes = benchmark.records.map { r in
            r.architecture.widths.map { w in choices.indices.min { abs(choices[$0] - w) < abs(choices[$1] - w) } ?? 0 }
        }
    }

    /// A uniform record index.
    public func sample(using generator: inout SeededGenerator) -> Int {
        Int(generator.next() % UInt64(codes.count))
    }

    /// The nearest other record to `point` with one layer's choice changed at random.
    public func mutate(_ point: Int, using generator: inout SeededGenerator) -> Int {
        guard codes.count > 1 else { return point }
        var target = codes[point]
        let layer = Int(generator.next() % UInt64(target.count))
        let shift = 1 + Int(generator.next() % UInt64(max(choices.count - 1, 1)))
        target[layer] = (target[layer] + shift) % choices.count
        return nearest(to: target, excluding: point)
    }

    /// Every other record, nearest first.
    public func neighbours(of point: Int) -> [Int] {
        codes.indices.filter { $0 != point }.sorted { (distance(codes[$0], codes[point]), $0) < (distance(codes[$1], codes[point]), $1) }
    }

    /// The choice indices.
    public func features(of point: Int) -> [Double] { codes[point].map(Double.init) }

    func nearest(to target: [Int], excluding: Int) -> Int {
        var best = excluding == 0 ? 1 : 0
        var bestDistance = Int.max
        for (i, code) in codes.enumerated() where i != excluding {
            let d = distance(code, target)
            if d < bestDistance { best = i; bestDistance = d }
        }
        return best
    }

    func distance(_ a: [Int], _ b: [Int]) -> Int { zip(a, b).reduce(0) { $0 + abs($1.0 - $1.1) } + abs(a.count - b.count) * 100 }
}
