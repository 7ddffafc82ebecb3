import TestSupport
import Randomness
import SparseData
import Testing
@testable import Numerics

/// FNV-1a over the bit patterns of everything training and scoring produce.
private struct Fingerprint {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    mutating func add(_ bits: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            hash ^= (bits >> UInt64(shift)) & 0xff
            hash = hash &* 0x100_0000_01b3
        }
    }
    mutating func add(_ values: [Float]) { for v in values { add(UInt64(v.bitPattern)) } }
    mutating func add(_ values: [Double]) { for v in values { add(v.bitPattern) } }
}

/// Trains small frappe-like networks (10 valued fields, ids not all used, a final partial batch)
/// and scores them: the fingerprint was recorded before the training loop was optimised for small
/// architectures (embedding gather/scatter, per-layer overhead), so any change to a weight, a
/// running statistic, a loss, an AUC or a TFMEM score of this run fails here (the scoring print was
/// re-recorded on 2026-12-03 when Fisher and the NTK kernel took the authors' definitions). (Recorded with
/// Debian's OpenBLAS 0.3.21 and its Haswell kernels, which `make test` pins with OPENBLAS_CORETYPE;
/// other kernel sets, such as SkylakeX on AVX-512 machines, round SGEMM sums differently.)
@Test func trainingAndScoringStayBitIdenticalToTheRecordedRun() throws {
    let core = BLASThreads.coreName
    try #require(["haswell", "zen"].contains(core.lowercased()),
                 "recorded with the Haswell kernel set; this process uses \(core): run `make test` or set OPENBLAS_CORETYPE=Haswell")
    let (training, scoring) = try BLASThreads.withCount(1) { () throws -> (UInt64, UInt64) in
        let train = Synthetic.dataset(rows: 150, fields: 10, seed: 21, values: .random)
        let valid = Synthetic.dataset(rows: 70, fields: 10, seed: 22, values: .ones)
        var trainingPrint = Fingerprint(), scoringPrint = Fingerprint()
        for (index, text) in ["8-8-8-8", "24-8-16-8", "48-16", "144-96-8-176"].enumerated() {
            var g = SeededGenerator(seed: 100 + UInt64(index))
            var model = MLP(architecture: try MLPArchitecture(text), fields: 10, features: 130, generator: &g)
            let scorer = try TFMEMScorer(model: model, batch: train.rows(in: 0..<16))
            for metric in TFMEM.allCases { scoringPrint.add([scorer.score(metric, generator: &g)]) }
            let history = try Trainer(configuration: TrainingConfiguration(epochs: 3, batchSize: 32))
                .train(&model, training: train, validation: valid, generator: &g)
            trainingPrint.add(model.parameters)
            trainingPrint.add(model.runningStatistics)
            trainingPrint.add(history.epochs.map(\.trainLoss))
            trainingPrint.add(history.validationAUC)
            trainingPrint.add(history.epochs.map(\.validationLogLoss))
        }
        return (trainingPrint.hash, scoringPrint.hash)
    }
    #expect(String(training, radix: 16) == "dee74288779235dd", "training fingerprint")
    #expect(String(scoring, radix: 16) == "3f17afc291380dae", "scoring fingerprint")
}
