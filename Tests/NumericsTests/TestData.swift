import SparseData
@testable import Numerics
import Randomness

/// A small synthetic libsvm problem that a linear model separates.
///
/// Field f draws its id from [10f, 10f+10) with value 1 (or a random value in
/// [0.5, 1.5] when `valued`); each id has a fixed weight ±1 and the label is
/// 1 when the row's summed weight is positive (ties broken by the first field).
enum Synthetic {
    static func dataset(rows: Int, fields: Int = 4, seed: UInt64, valued: Bool = false) -> LibSVMDataset {
        var weights = SeededGenerator(seed: 99)
        let weight = (0..<(fields * 10)).map { _ in weights.nextUnit() < 0.5 ? -1.0 : 1.0 }
        var g = SeededGenerator(seed: seed)
        var labels: [Float] = [], ids: [Int32] = [], values: [Float] = []
        for _ in 0..<rows {
            var score = 0.0
            for f in 0..<fields {
                let id = f * 10 + Int(g.next() % 10)
                let v = valued ? Float(0.5 + g.nextUnit()) : 1
                ids.append(Int32(id))
                values.append(v)
                score += weight[id] * Double(v) + (f == 0 ? 0.01 * weight[id] : 0)
            }
            labels.append(score > 0 ? 1 : 0)
        }
        // Sizes agree by construction.
        return (try? LibSVMDataset(fields: fields, labels: labels, featureIDs: ids, featureValues: values))
            ?? { preconditionFailure("synthetic data") }()
    }
}
