extension BenchmarkStore {
    /// The epoch the simulator reads as ground truth (`ground_truth_epoch` meta; default: the last epoch).
    public func groundTruthEpoch(of benchmark: Benchmark) throws -> Int {
        guard let text = try meta("ground_truth_epoch") else { return benchmark.epochs }
        guard let epoch = Int(text), epoch >= 1 else {
            throw TabularStoreError("\(database.path) meta[ground_truth_epoch]", "'\(text)' is not a positive epoch")
        }
        return min(epoch, benchmark.epochs)
    }

    /// The data set name (`dataset` meta), or nil.
    public func datasetName() throws -> String? { try meta("dataset") }
}
