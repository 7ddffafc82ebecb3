import TestSupport
import Foundation
import GRDB
import Numerics
import Randomness
import SparseData
import Testing
@testable import TabularStore

@Test func libsvmRoundTripsThroughSQLite() throws {
    let data = Synthetic.dataset(rows: 57, seed: 3)
    let db = try DatabaseQueue()
    let table = try RowTable.store(data, into: db, name: "train")
    #expect(table.count == 57 && table.fields == 4)
    #expect(try table.all() == data)
    #expect(try table.rows(in: 10..<20) == data.rows(in: 10..<20))
    #expect(try table.rows(at: [5, 0, 5, 56]) == data.rows([5, 0, 5, 56]))

    // Export to a file, stream it back into another table, and parse it the out-of-DB way.
    let path = Synthetic.temporaryPath("export.libsvm")
    defer { try? FileManager.default.removeItem(atPath: path) }
    try table.exportLibSVM(to: path)
    #expect(try LibSVMDataset(path: path) == data)
    let reloaded = try RowTable.load(libsvm: path, into: db, name: "again")
    #expect(try reloaded.all() == data)
    #expect(try RowTable(database: db, name: "again").count == 57)
}

@Test func rowTableErrorsNameThePlace() throws {
    let db = try DatabaseQueue()
    let table = try RowTable.store(Synthetic.dataset(rows: 5, seed: 1), into: db, name: "t")
    #expect(throws: TabularStoreError.self) { try table.rows(at: [7]) }
    #expect(throws: TabularStoreError.self) { try RowTable(database: db, name: "missing") }
    #expect(throws: TabularStoreError.self) { try RowTable.store(Synthetic.dataset(rows: 2, seed: 1), into: db, name: "bad name") }
    let path = Synthetic.temporaryPath("ragged.libsvm")
    defer { try? FileManager.default.removeItem(atPath: path) }
    try "1 1:1 2:1\n0 1:1\n".write(toFile: path, atomically: true, encoding: .utf8)
    do {
        _ = try RowTable.load(libsvm: path, into: db, name: "ragged")
        Issue.record("ragged file accepted")
    } catch let error as TabularStoreError {
        #expect(error.description.contains(":2"))
        #expect(!error.description.contains("\n"))
    }
}

@Test func streamingFromSQLiteTrainsLikeInMemory() throws {
    BLASThreads.set(1)
    let train = Synthetic.dataset(rows: 150, seed: 5)
    let valid = Synthetic.dataset(rows: 60, seed: 6)
    let table = try RowTable.store(train, into: try DatabaseQueue(), name: "train")
    var initial = SeededGenerator(seed: 1)
    var a = MLP(architecture: try MLPArchitecture("16-8"), fields: 4, features: 40, generator: &initial)
    var b = a
    let trainer = Trainer(configuration: TrainingConfiguration(epochs: 2, batchSize: 32))
    var g = SeededGenerator(seed: 2)
    let memory = try trainer.train(&a, training: train, validation: valid, generator: &g)
    var stream = SQLiteBatchStream(table: table, batchSize: 32, generator: SeededGenerator(seed: 2))
    let streamed = try trainer.train(&b, iterationsPerEpoch: stream.batchesPerPass, validation: valid) { try stream.next() }
    #expect(memory.validationAUC == streamed.validationAUC)
    #expect(a.parameters == b.parameters)
}

@Test func loadingStopsAtTheRowLimit() throws {
    let data = Synthetic.dataset(rows: 30, seed: 4)
    let path = Synthetic.temporaryPath("limit.libsvm")
    defer { try? FileManager.default.removeItem(atPath: path) }
    try RowTable.store(data, into: try DatabaseQueue(), name: "t").exportLibSVM(to: path)
    let table = try RowTable.load(libsvm: path, into: try DatabaseQueue(), name: "first", limit: 12)
    #expect(try table.all() == data.rows(in: 0..<12))
}
