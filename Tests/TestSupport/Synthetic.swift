import Foundation
import Randomness
import SparseData

/// Small data sets made in the test, for engines that read the libsvm format.
public enum Synthetic {
    /// A small separable libsvm problem: field f picks an id in [10f, 10f+10), and the label
    /// comes from fixed ±1 weights of the ids.
    public static func dataset(rows: Int, fields: Int = 4, seed: UInt64) -> LibSVMDataset {
        var weights = SeededGenerator(seed: 99)
        let weight = (0..<(fields * 10)).map { _ in weights.nextUnit() < 0.5 ? -1.0 : 1.0 }
        var g = SeededGenerator(seed: seed)
        var labels: [Float] = [], ids: [Int32] = [], values: [Float] = []
        for _ in 0..<rows {
            var score = 0.0
            for f in 0..<fields {
                let id = f * 10 + Int(g.next() % 10)
                ids.append(Int32(id))
                let v: Float = f == 1 ? 0.5 : 1
                values.append(v)
                score += weight[id] * Double(v) + (f == 0 ? 0.01 * weight[id] : 0)
            }
            labels.append(score > 0 ? 1 : 0)
        }
        return (try? LibSVMDataset(fields: fields, labels: labels, featureIDs: ids, featureValues: values))
            ?? { preconditionFailure("synthetic data") }()
    }

    /// A fresh path under /tmp for a file named `name`.
    public static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("repro-tests-\(UUID().uuidString)-\(name)").path
    }
}
