extension AccelNASBench {
    /// One measured architecture of the dataset (one line of `anb_dataset.jsonl`).
    public struct Record: Sendable, Hashable, Codable {
        /// The original file name, `result_<i>.json`.
        public var file: String
        /// The architecture.
        public var architecture: Architecture
        /// ImageNet validation top-1 accuracy in percent (proxified training).
        public var top1: Double
        /// ImageNet validation top-5 accuracy in percent.
        public var top5: Double
        /// Training time in seconds.
        public var trainTime: Double
        /// Multiply-accumulates, in millions.
        public var macs: Double
        /// Parameters, in millions.
        public var params: Double
        /// Throughput in images/s per device (all six devices present; the mean may be nil).
        public var throughput: [Device: Measurement]
        /// Latency in ms for the FPGA devices (zcu102, vck190).
        public var latency: [Device: Measurement]

        /// Creates a record.
        public init(
            file: String, architecture: Architecture, top1: Double, top5: Double,
            trainTime: Double, macs: Double, params: Double,
            throughput: [Device: Measurement], latency: [Device: Measurement]
        ) {
            self.file = file
            self.architecture = architecture
            self.top1 = top1
            self.top5 = top5
            self.trainTime = trainTime
            self.macs = macs
            self.params = params
            self.throughput = throughput
            self.latency = latency
        }

        /// The value of `target` for this record, or nil when it was not measured.
        public func value(of target: Target) -> Double? {
            switch target {
            case .accuracy: return top1
            case .top5Accuracy: return top5
            case .trainTime: return trainTime
            case .throughput(let device): return throughput[device]?.mean
            case .latency(let device): return latency[device]?.mean
            }
        }
    }
}
