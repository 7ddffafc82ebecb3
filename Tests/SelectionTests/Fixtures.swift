import Numerics
import Randomness
import SparseData
import TabularStore

/// A hand-made benchmark: record i has AUC curve rising to `final[i]`, scores given.
func toyBenchmark(final: [Double], synflow: [Double], naswot: [Double], epochs: Int = 9) throws -> Benchmark {
    try Benchmark(records: final.indices.map { i in
        BenchmarkRecord(
            architecture: try ArchitectureSample.architecture(index: i * 7919 % 160_000, choices: MLPArchitecture.tabularChoices, layers: 4),
            position: i, parameterCount: 100,
            validationAUC: (1...epochs).map { final[i] - 0.1 / Double($0) },
            trainLoss: Array(repeating: 0.5, count: epochs),
            cumulativeSeconds: (1...epochs).map { Double($0) },
            scores: [.init(metric: .synFlow, value: synflow[i], seconds: 0.01), .init(metric: .naswot, value: naswot[i], seconds: 0.01),
                     .init(metric: .snip, value: -final[i], seconds: 0.01)])
    })
}

/// A small separable libsvm problem: field f picks an id in [10f, 10f+10), label from fixed ±1 id weights.
enum Synthetic {
    static func dataset(rows: Int, fields: Int = 4, seed: UInt64) -> LibSVMDataset {
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
}
