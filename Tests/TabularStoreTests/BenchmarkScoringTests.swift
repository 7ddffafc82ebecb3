import TestSupport
import Numerics
import Randomness
import SparseData
import Testing
@testable import TabularStore

/// Score-only builds: the whole space scored beside a trained sample (cluster scale).
private struct ScoreList {
    let batch = Synthetic.dataset(rows: 16, seed: 7)
    let architectures: [MLPArchitecture]
    let builder = BenchmarkBuilder(training: TrainingConfiguration(epochs: 1, batchSize: 8),
                                   metrics: [.synFlow, .naswot, .expressFlow], seed: 13, features: 40)

    init() throws {
        architectures = try (0..<9).map { try ArchitectureSample.architecture(index: $0, choices: [8, 16, 24], layers: 2) }
    }

    func score(into store: BenchmarkStore, indices: [Int]? = nil, workers: Int) throws {
        try builder.buildScores(architectures: architectures, indices: indices ?? Array(architectures.indices),
                                fields: batch.fields, scoringBatch: batch, store: store, workers: workers)
    }
}

/// A scored record without its measured seconds, doubles as bit patterns.
private func contents(_ store: BenchmarkStore) throws -> [String] {
    try store.scoredRecords().map { r in
        "\(r.position) \(r.architecture) \(r.parameterCount) " + r.scores.map { "\($0.metric.rawValue)=\(String($0.value.bitPattern, radix: 16))" }.joined(separator: ",")
    }
}

@Test func scoredRecordsAreTheSameOnOneAndTwoWorkersAndAfterAnInterruption() throws {
    let list = try ScoreList()
    let one = try BenchmarkStore(), two = try BenchmarkStore(), resumed = try BenchmarkStore()
    try list.score(into: one, workers: 1)
    try list.score(into: two, workers: 2)
    try list.score(into: resumed, indices: [4, 1, 7], workers: 2)
    try list.score(into: resumed, workers: 1)
    let expected = try contents(one)
    #expect(expected.count == 9)
    #expect(try contents(two) == expected)
    #expect(try contents(resumed) == expected)
    #expect(try one.scoredRecords().allSatisfy { $0.validationAUC.isEmpty && $0.scores.count == 3 })
}

@Test func scoredArchitecturesStayOutOfTheTrainedBenchmark() throws {
    let list = try ScoreList()
    let store = try BenchmarkStore()
    try list.score(into: store, workers: 1)
    #expect(try store.count() == 0)
    #expect(try store.records().isEmpty)
    #expect(try store.scoredArchitectures().count == 9)
}

@Test func scoreListPositionsDrawFromTheirOwnStream() throws {
    let list = try ScoreList()
    let scored = try list.builder.scoreRecord(for: list.architectures[2], position: 2, fields: list.batch.fields,
                                              scoringBatch: list.batch)
    let trained = try list.builder.record(for: list.architectures[2], position: 2, training: list.batch,
                                          validation: list.batch, scoringBatch: list.batch)
    // SynFlow does not depend on the batch, only on the initial weights: different streams, different weights.
    let synFlow = { (r: BenchmarkRecord) in r.scores.first { $0.metric == .synFlow }?.value }
    #expect(synFlow(scored) != nil && synFlow(scored) != synFlow(trained))
}

@Test func scoringRejectsAnIndexOutsideTheList() throws {
    let list = try ScoreList()
    #expect(throws: TabularStoreError.self) { try list.score(into: try BenchmarkStore(), indices: [9], workers: 1) }
}
