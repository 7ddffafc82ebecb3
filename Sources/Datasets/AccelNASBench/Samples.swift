extension AccelNASBench {
    /// A regression data set for one target: feature rows, targets and where they came from.
    public struct Samples: Sendable, Hashable, Codable {
        /// One 28-code feature row per sample (see `Architecture.features`).
        public var features: [[Double]]
        /// The target value per sample.
        public var targets: [Double]
        /// The position in `Dataset.records` of each sample.
        public var recordIndices: [Int]

        /// Creates samples.
        public init(features: [[Double]], targets: [Double], recordIndices: [Int]) {
            self.features = features
            self.targets = targets
            self.recordIndices = recordIndices
        }

        /// The number of samples.
        public var count: Int { targets.count }
    }
}

extension AccelNASBench.Dataset {
    /// Features and targets of the records at `indices` (in order), skipping records
    /// whose `target` is null, as the paper's fitting code does per device.
    public func samples(_ indices: [Int], target: AccelNASBench.Target) -> AccelNASBench.Samples {
        var result = AccelNASBench.Samples(features: [], targets: [], recordIndices: [])
        for index in indices {
            guard let value = records[index].value(of: target) else { continue }
            result.features.append(records[index].architecture.features)
            result.targets.append(value)
            result.recordIndices.append(index)
        }
        return result
    }
}
