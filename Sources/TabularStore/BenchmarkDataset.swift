import SparseData

/// A tabular data set of the TRAILS benchmark and how we split the rows we have.
///
/// We only have the authors' `valid.libsvm` and `test.libsvm` (their `train.libsvm` is not
/// available), so `valid.libsvm` becomes our training rows and `test.libsvm` is halved: the
/// first half validates (the benchmark's AUC), the second half is held out as test.
public struct BenchmarkDataset: Sendable, Hashable {
    /// The name used in ids and file names (`frappe`, `uci_diabetes`).
    public var name: String
    /// The feature-id vocabulary size (TRAILS: frappe 5,500, diabetes 369).
    public var features: Int
    /// TRAILS's batch size.
    public var batchSize: Int
    /// TRAILS's training epochs.
    public var paperEpochs: Int
    /// The epoch TRAILS's simulator reads as ground truth (1-based, in TRAILS's epochs).
    public var groundTruthEpoch: Int
    /// Training iterations in one TRAILS epoch (200 for every tabular data set).
    public var paperIterationsPerEpoch = 200

    /// Frappe: 10 fields, 5,500 ids, batch 512, 20 epochs, ground truth at epoch 13 (0-based 13 → 14).
    public static let frappe = BenchmarkDataset(name: "frappe", features: 5500, batchSize: 512, paperEpochs: 20, groundTruthEpoch: 14)
    /// UCI diabetes: 43 fields, 369 ids, batch 1024, 40 epochs, ground truth at the first epoch.
    public static let diabetes = BenchmarkDataset(name: "uci_diabetes", features: 369, batchSize: 1024, paperEpochs: 40, groundTruthEpoch: 1)

    /// The two data sets we can build, by name.
    public static func named(_ name: String) throws -> BenchmarkDataset {
        switch name {
        case "frappe": return .frappe
        case "uci_diabetes", "diabetes": return .diabetes
        default: throw TabularStoreError("dataset '\(name)'", "unknown; expected frappe or uci_diabetes")
        }
    }

    /// The data sets `names` name, in order; throws at the first name that is none.
    public static func named(_ names: [String]) throws -> [BenchmarkDataset] {
        try names.map { try named($0) }
    }

    /// The file a benchmark of this data set is published in: `benchmark-<name>.sqlite`.
    public var storeFileName: String { "benchmark-\(name).sqlite" }

    /// Our epoch matching TRAILS's ground-truth epoch in training rows seen, within 1...`epochs`.
    ///
    /// A TRAILS epoch is 200 batches; ours is one pass over `trainingRows`, so the epoch
    /// index does not carry over: frappe's ground truth (14 × 200 × 512 rows) is 25 of our
    /// passes over 57,722 rows (capped at 20), diabetes's (1 × 200 × 1,024) is 20 passes over 10,177.
    public func groundTruthEpoch(trainingRows: Int, epochs: Int) -> Int {
        let rowsSeen = Double(groundTruthEpoch * paperIterationsPerEpoch * batchSize)
        let passes = Int((rowsSeen / Double(max(trainingRows, 1))).rounded())
        return min(max(passes, 1), max(epochs, 1))
    }

    /// The training file, relative to the data root.
    public var trainingPath: String { "datasets/\(name)/valid.libsvm" }
    /// The validation/test file, relative to the data root.
    public var heldOutPath: String { "datasets/\(name)/test.libsvm" }

    /// Our splits: training rows (first `trainingLimit`, 0 = all), validation (first half of the
    /// held-out file, first `validationLimit`, 0 = all), test (second half).
    public static func splits(training: LibSVMDataset, heldOut: LibSVMDataset, trainingLimit: Int = 0,
                              validationLimit: Int = 0) -> (training: LibSVMDataset, validation: LibSVMDataset, test: LibSVMDataset) {
        let half = heldOut.count / 2
        let train = trainingLimit > 0 ? training.rows(in: 0..<min(trainingLimit, training.count)) : training
        let validEnd = validationLimit > 0 ? min(validationLimit, half) : half
        return (train, heldOut.rows(in: 0..<validEnd), heldOut.rows(in: half..<heldOut.count))
    }
}
