import Foundation
import Randomness
import SparseData

/// Small data sets made in the test, for engines that read the libsvm format.
public enum Synthetic {
    /// The feature values of a synthetic data set.
    public enum Values: Sendable {
        /// Every value 1.
        case ones
        /// Every value 1 except field 1's, 0.5.
        case halfOnSecondField
        /// Each value drawn from [0.5, 1.5] after its id.
        case random
    }

    /// A small separable libsvm problem: field f picks an id in [10f, 10f+10), and the label
    /// comes from fixed ±1 weights of the ids and the values (ties broken by the first field).
    public static func dataset(rows: Int, fields: Int = 4, seed: UInt64, values kind: Values = .halfOnSecondField) -> LibSVMDataset {
        var weights = SeededGenerator(seed: 99)
        let weight = (0..<(fields * 10)).map { _ in weights.nextUnit() < 0.5 ? -1.0 : 1.0 }
        var g = SeededGenerator(seed: seed)
        var labels: [Float] = [], ids: [Int32] = [], values: [Float] = []
        for _ in 0..<rows {
            var score = 0.0
            for f in 0..<fields {
                let id = f * 10 + Int(g.next() % 10)
                ids.append(Int32(id))
                let v: Float = switch kind {
                case .ones: 1
                case .halfOnSecondField: f == 1 ? 0.5 : 1
                case .random: Float(0.5 + g.nextUnit())
                }
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
