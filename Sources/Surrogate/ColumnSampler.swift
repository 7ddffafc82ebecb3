import Randomness

/// XGBoost-style feature subsampling: keep max(1, ⌊fraction·n⌋) features chosen
/// uniformly without replacement, returned in ascending order.
enum ColumnSampler {
    static func sample(
        _ features: [Int], fraction: Double, generator: inout SeededGenerator
    ) -> [Int] {
        if fraction >= 1 { return features }
        let keep = max(1, Int(fraction * Double(features.count)))
        var pool = features
        for index in 0..<keep {
            let remaining = UInt64(pool.count - index)
            let pick = index + Int(generator.next() % remaining)
            pool.swapAt(index, pick)
        }
        return pool[0..<keep].sorted()
    }
}
