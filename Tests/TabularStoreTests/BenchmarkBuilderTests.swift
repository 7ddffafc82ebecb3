import TestSupport
import Foundation
import Numerics
import Randomness
import SparseData
import Synchronization
import Testing
@testable import TabularStore

/// A tiny build: 6 two-layer architectures, 120 training rows, 2 epochs of 2 batches.
private struct TinyBuild {
    let train = Synthetic.dataset(rows: 120, seed: 5)
    let valid = Synthetic.dataset(rows: 60, seed: 6)
    let architectures: [MLPArchitecture]
    let builder: BenchmarkBuilder

    init(count: Int = 6) throws {
        var g = SeededGenerator(seed: 3)
        architectures = try ArchitectureSample.uniform(count: count, choices: [8, 16, 24], layers: 2, generator: &g)
        var configuration = TrainingConfiguration(epochs: 2, batchSize: 32)
        configuration.iterationsPerEpoch = 2
        builder = BenchmarkBuilder(training: configuration, metrics: [.synFlow, .naswot, .snip], seed: 11, features: 40)
    }

    func build(into store: BenchmarkStore, indices: [Int]? = nil, workers: Int,
               progress: (BenchmarkRecord?) throws -> Void = { _ in },
               rowsTrained: @escaping @Sendable (Int) -> Void = { _ in }) throws {
        try builder.build(architectures: architectures, indices: indices ?? Array(architectures.indices),
                          training: train, validation: valid, scoringBatch: train.rows(in: 0..<16), store: store,
                          workers: workers, progress: progress, rowsTrained: rowsTrained)
    }
}

/// Everything a stored record holds except measured seconds, with doubles as bit patterns (NaN-safe).
private func contents(_ store: BenchmarkStore) throws -> [String] {
    try store.records().map { r in
        let bits = { (v: [Double]) in v.map { String($0.bitPattern, radix: 16) }.joined(separator: ",") }
        let scores = r.scores.map { "\($0.metric.rawValue)=\(String($0.value.bitPattern, radix: 16))" }.joined(separator: ",")
        return "\(r.position) \(r.architecture) \(r.parameterCount) auc[\(bits(r.validationAUC))] loss[\(bits(r.trainLoss))] \(scores) epochs=\(r.cumulativeSeconds.count)"
    }
}

private struct StopBuild: Error {}

@Test func buildGivesTheSameRecordsOnOneAndTwoWorkers() throws {
    let tiny = try TinyBuild()
    let one = try BenchmarkStore(), two = try BenchmarkStore()
    try tiny.build(into: one, workers: 1)
    try tiny.build(into: two, workers: 2)
    let a = try contents(one), b = try contents(two)
    #expect(a.count == 6)
    #expect(a == b)
    #expect(try one.records().map(\.architecture) == tiny.architectures)
    #expect(try two.records().allSatisfy { $0.cumulativeSeconds.count == 2 && $0.scores.count == 3 })
}

@Test func interruptedBuildResumesToTheUninterruptedRecords() throws {
    let tiny = try TinyBuild()
    let whole = try BenchmarkStore()
    try tiny.build(into: whole, workers: 1)

    let interrupted = try BenchmarkStore()
    var seen = 0
    #expect(throws: StopBuild.self) {
        try tiny.build(into: interrupted, workers: 2) { record in
            if record != nil { seen += 1 }
            if seen == 2 { throw StopBuild() }
        }
    }
    #expect(try interrupted.count() == 2)  // the stop came after the second insert; in-flight work is dropped
    var skipped = 0, trained = 0
    try tiny.build(into: interrupted, workers: 2) { if $0 == nil { skipped += 1 } else { trained += 1 } }
    #expect(skipped == 2 && trained == 4)
    #expect(try contents(interrupted) == contents(whole))
}

@Test func shardsGiveTheFullBuildsRecordsForTheirIndices() throws {
    let tiny = try TinyBuild()
    let whole = try BenchmarkStore()
    try tiny.build(into: whole, workers: 2)
    let full = try contents(whole)
    var union: [String] = []
    for shard in 0..<3 {
        let store = try BenchmarkStore()
        let indices = tiny.architectures.indices.filter { $0 % 3 == shard }
        try tiny.build(into: store, indices: Array(indices.reversed()), workers: 2)
        let part = try contents(store)
        #expect(part == indices.map { full[$0] }, "shard \(shard)/3")
        union += part
    }
    #expect(union.sorted() == full.sorted())
}

@Test func buildRejectsIndicesOutsideTheListAndCountsRowsTrained() throws {
    let tiny = try TinyBuild(count: 3)
    #expect(throws: TabularStoreError.self) { try tiny.build(into: try BenchmarkStore(), indices: [0, 3], workers: 1) }
    let rows = Mutex(0)
    let store = try BenchmarkStore()
    try tiny.build(into: store, indices: [2, 0, 2], workers: 2, rowsTrained: { n in rows.withLock { $0 += n } })
    #expect(try store.records().map(\.position) == [0, 2])
    #expect(rows.withLock { $0 } == 2 * tiny.builder.rowsPerArchitecture(trainingRows: tiny.train.count))
    #expect(tiny.builder.rowsPerArchitecture(trainingRows: 120) == 2 * 2 * 32)
}
