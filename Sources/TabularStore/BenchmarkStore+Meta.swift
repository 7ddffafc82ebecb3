extension BenchmarkStore {
    /// The epoch the simulator reads as ground truth (`ground_truth_epoch` meta; default: the last epoch).
    public func groundTruthEpoch(of benchmark: Benchmark) throws -> Int {
        guard let text = try meta("ground_truth_epoch") else { return benchmark.epochs }
        guard let epoch = Int(text), epoch >= 1 else {
            throw TabularStoreError("\(database.path) meta[ground_truth_epoch]", "'\(text)' is not a positive epoch")
        }
        return min(epoch, benchmark.epochs)
    }

    /// The data set name (`dataset` meta), or nil.
    public func datasetName() throws -> String? { try meta("dataset") }
}

extension Benchmark {
    /// Log-spaced budgets (seconds) from `lower` to `upper`, `count` of them.
    public static func logBudgets(from lower: Double, to upper: Double, count: Int) -> [Double] {
        guard count > 1, lower > 0, upper > lower else { return [max(lower, upper)] }
        let a = lower.log10, b = upper.log10
        return (0..<count).map { Foundation.pow(10, a + (b - a) * Double($0) / Double(count - 1)) }
    }
}

import Foundation

extension Double {
    var log10: Double { Foundation.log10(self) }
}
