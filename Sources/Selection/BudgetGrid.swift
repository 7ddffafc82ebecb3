import Foundation
import TabularStore

extension Benchmark {
    /// Log-spaced budgets (seconds) from `lower` to `upper`, `count` of them: the time budgets
    /// a simulation sweeps.
    public static func logBudgets(from lower: Double, to upper: Double, count: Int) -> [Double] {
        guard count > 1, lower > 0, upper > lower else { return [max(lower, upper)] }
        let a = Foundation.log10(lower), b = Foundation.log10(upper)
        return (0..<count).map { Foundation.pow(10, a + (b - a) * Double($0) / Double(count - 1)) }
    }
}
