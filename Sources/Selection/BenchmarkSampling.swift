import Randomness

/// Seeded sampling of benchmark indices.
public enum BenchmarkSampling {
    /// `count` distinct indices of 0..<size (partial Fisher–Yates), in draw order.
    public static func distinct(_ count: Int, from size: Int, generator: inout SeededGenerator) -> [Int] {
        var pool = Array(0..<size)
        let n = min(max(count, 0), size)
        for i in 0..<n {
            let j = i + Int(generator.next() % UInt64(size - i))
            pool.swapAt(i, j)
        }
        return Array(pool.prefix(n))
    }
}
