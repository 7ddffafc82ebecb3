extension AccelNASBench {
    /// A quantity a surrogate predicts from the architecture.
    public enum Target: Sendable, Hashable, CustomStringConvertible {
        /// Top-1 accuracy in percent (`metrics.val_top1`).
        case accuracy
        /// Top-5 accuracy in percent (`metrics.val_top5`).
        case top5Accuracy
        /// Training time in seconds (`metrics.train_time`).
        case trainTime
        /// Mean throughput in images/s on a device.
        case throughput(Device)
        /// Mean latency in ms on an FPGA device.
        case latency(Device)

        /// The paper's surrogates: accuracy, the six throughputs, the two FPGA
        /// latencies and train time.
        public static let surrogateTargets: [Target] =
            [.accuracy] + Device.allCases.map { .throughput($0) }
            + [.latency(.zcu102), .latency(.vck190), .trainTime]

        /// A stable name: `accuracy`, `top5`, `train_time`, `throughput_a100`, `latency_zcu102`.
        public var name: String {
            switch self {
            case .accuracy: return "accuracy"
            case .top5Accuracy: return "top5"
            case .trainTime: return "train_time"
            case .throughput(let device): return "throughput_\(device.rawValue)"
            case .latency(let device): return "latency_\(device.rawValue)"
            }
        }

        /// Parses a `name`.
        public init?(name: String) {
            let all: [Target] = [.accuracy, .top5Accuracy, .trainTime]
                + Device.allCases.flatMap { [.throughput($0), .latency($0)] }
            guard let match = all.first(where: { $0.name == name }) else { return nil }
            self = match
        }

        /// The tuned XGBoost config-space file for this target's surrogate, relative to
        /// `AccelNASBench.gradientBoostingConfigPath` (nil for top-5, which has none).
        public var xgboostConfigFile: String? {
            switch self {
            case .accuracy: return "xgb_configspace.json"
            case .trainTime: return "xgb_time_configspace.json"
            case .top5Accuracy: return nil
            case .throughput(let device): return "xgb_accel_\(device.rawValue)_throughput_configspace.json"
            case .latency(let device):
                return device.hasLatency ? "xgb_accel_\(device.rawValue)_latency_configspace.json" : nil
            }
        }

        /// Same as `name`.
        public var description: String { name }
    }
}
