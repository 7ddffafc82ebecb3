import Search
import TabularStore

extension Benchmark {
    /// The benchmark as an objective over record indices: fidelity e is the AUC after epoch e,
    /// costing e × `secondsPerEpoch`.
    public func lookupObjective(secondsPerEpoch: Double) -> LookupObjective<Int> {
        var curves: [Int: [Double]] = [:]
        for (i, r) in records.enumerated() { curves[i] = r.validationAUC.map { $0.isNaN ? 0.5 : $0 } }
        return LookupObjective(learningCurves: curves, secondsPerEpoch: secondsPerEpoch)
    }
}
