import TestSupport
import Foundation
import GRDB
import Numerics
import Randomness
import Testing
@testable import TabularStore

@Test func architectureSampleIsDistinctAndSeeded() throws {
    var g1 = SeededGenerator(seed: 7), g2 = SeededGenerator(seed: 7)
    let a = try ArchitectureSample.uniform(count: 300, generator: &g1)
    let b = try ArchitectureSample.uniform(count: 300, generator: &g2)
    #expect(a == b)
    #expect(Set(a).count == 300)
    #expect(a.allSatisfy { $0.widths.count == 4 && $0.widths.allSatisfy(MLPArchitecture.tabularChoices.contains) })
    #expect(ArchitectureSample.spaceSize(choices: MLPArchitecture.tabularChoices, layers: 4) == 160_000)
    #expect(try ArchitectureSample.architecture(index: 159_999, choices: MLPArchitecture.tabularChoices, layers: 4).description == "512-512-512-512")
    #expect(try ArchitectureSample.architecture(index: 21, choices: MLPArchitecture.tabularChoices, layers: 4).description == "8-8-16-16")
    var g3 = SeededGenerator(seed: 1)
    #expect(throws: TabularStoreError.self) { try ArchitectureSample.uniform(count: 5, choices: [8, 16], layers: 2, generator: &g3) }
}

@Test func benchmarkStoreRoundTripsRecordsIncludingNaNAndInfinity() throws {
    let path = Synthetic.temporaryPath("bench.sqlite")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let record = BenchmarkRecord(
        architecture: try MLPArchitecture("8-16-24-32"), position: 0, parameterCount: 123,
        validationAUC: [0.6, 0.7], trainLoss: [0.5, .nan], cumulativeSeconds: [1, 2],
        scores: [.init(metric: .synFlow, value: 3, seconds: 0.1), .init(metric: .naswot, value: -.infinity, seconds: 0.2)])
    do {
        let store = try BenchmarkStore(path: path)
        try store.insert(record)
        try store.setMeta("dataset", "frappe")
    }
    let reopened = try BenchmarkStore(path: path)
    let back = try reopened.records()
    #expect(back.count == 1)
    #expect(back[0].architecture == record.architecture)
    #expect(back[0].validationAUC == [0.6, 0.7])
    #expect(back[0].trainLoss[1].isNaN)
    #expect(back[0].score(.naswot) == -.infinity)
    #expect(back[0].scores.map(\.metric) == [.synFlow, .naswot].sorted())
    #expect(try reopened.meta("dataset") == "frappe")
}

@Test func readersOfAPublishedBenchmarkNeitherWriteNorWaitOnEachOther() throws {
    let path = Synthetic.temporaryPath("published.sqlite")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let record = BenchmarkRecord(
        architecture: try MLPArchitecture("8-16"), position: 0, parameterCount: 10,
        validationAUC: [0.6], trainLoss: [0.5], cumulativeSeconds: [1], scores: [])
    do {
        let store = try BenchmarkStore(path: path)
        try store.insert(record)
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    // Another connection holds a write lock, as a second process opening the file to build would.
    let holder = try DatabaseQueue(path: path)
    try holder.writeWithoutTransaction { db in
        try db.execute(sql: "BEGIN IMMEDIATE")
        defer { try? db.execute(sql: "ROLLBACK") }
        let readers = try (0..<2).map { _ in try BenchmarkStore(readingFrom: path) }
        for reader in readers { #expect(try reader.records().map(\.architecture) == [record.architecture]) }
        #expect(throws: (any Error).self, "a reader could write") { try readers[0].setMeta("k", "v") }
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
}

@Test func buildIsResumableAndDeterministic() throws {
    BLASThreads.set(1)
    let train = Synthetic.dataset(rows: 120, seed: 5)
    let valid = Synthetic.dataset(rows: 60, seed: 6)
    let batch = train.rows(in: 0..<16)
    var g = SeededGenerator(seed: 3)
    let architectures = try ArchitectureSample.uniform(count: 5, choices: [8, 16, 24], layers: 2, generator: &g)
    var configuration = TrainingConfiguration(epochs: 2, batchSize: 32)
    configuration.iterationsPerEpoch = 2
    let builder = BenchmarkBuilder(training: configuration, metrics: [.synFlow, .naswot, .snip], seed: 11, features: 40)

    let partial = try BenchmarkStore()
    try builder.build(architectures: Array(architectures.prefix(2)), training: train, validation: valid,
                      scoringBatch: batch, store: partial)
    var skipped = 0, trained = 0
    try builder.build(architectures: architectures, training: train, validation: valid, scoringBatch: batch, store: partial) {
        if $0 == nil { skipped += 1 } else { trained += 1 }
    }
    #expect(skipped == 2 && trained == 3)

    let whole = try BenchmarkStore()
    try builder.build(architectures: architectures, training: train, validation: valid, scoringBatch: batch, store: whole)
    let x = try partial.benchmark(), y = try whole.benchmark()
    #expect(x.count == 5 && x.epochs == 2)
    #expect(x.records.map(\.architecture) == architectures)
    #expect(x.auc(atEpoch: 2) == y.auc(atEpoch: 2))
    #expect(x.scores(.snip) == y.scores(.snip))
    #expect(try x.jacFlowRankFusion().count == 5)
}
