import Randomness

extension SeededGenerator {
    /// A uniform integer in `0 ..< bound` (Lemire's multiply-shift with rejection).
    ///
    /// Written here rather than using `Int.random(in:using:)` so the sequence cannot change
    /// with the standard library. Returns 0 when `bound <= 1`.
    mutating func uniformInt(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }
}
