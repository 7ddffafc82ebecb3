import Numerics
import TabularStore

/// A hand-made benchmark: record i has AUC curve rising to `final[i]`, scores given.
public func toyBenchmark(final: [Double], synflow: [Double], naswot: [Double], epochs: Int = 9) throws -> Benchmark {
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
