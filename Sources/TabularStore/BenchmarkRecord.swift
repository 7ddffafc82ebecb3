import Numerics

/// One architecture of a tabular NAS benchmark: its learning curve and its TFMEM scores at init.
public struct BenchmarkRecord: Sendable, Equatable {
    /// The hidden widths.
    public var architecture: MLPArchitecture
    /// Position in the benchmark's sample (0-based draw order).
    public var position: Int
    /// Trainable parameters.
    public var parameterCount: Int
    /// Validation AUC after each epoch (index e − 1 for epoch e).
    public var validationAUC: [Double]
    /// Mean training loss of each epoch.
    public var trainLoss: [Double]
    /// Cumulative train + validation seconds after each epoch.
    public var cumulativeSeconds: [Double]
    /// Every TFMEM score at initialisation, sorted by metric.
    public var scores: [MetricScore]

    /// One metric's value and the seconds it took.
    public struct MetricScore: Sendable, Equatable {
        /// The metric.
        public var metric: TFMEM
        /// Its value (signed, as `TFMEM` defines it; may be ±∞ or NaN).
        public var value: Double
        /// Wall seconds to compute it.
        public var seconds: Double

        /// Creates a score.
        public init(metric: TFMEM, value: Double, seconds: Double) {
            self.metric = metric
            self.value = value
            self.seconds = seconds
        }
    }

    /// Creates a record.
    public init(architecture: MLPArchitecture, position: Int, parameterCount: Int, validationAUC: [Double],
                trainLoss: [Double], cumulativeSeconds: [Double], scores: [MetricScore]) {
        self.architecture = architecture
        self.position = position
        self.parameterCount = parameterCount
        self.validationAUC = validationAUC
        self.trainLoss = trainLoss
        self.cumulativeSeconds = cumulativeSeconds
        self.scores = scores.sorted { $0.metric < $1.metric }
    }

    /// The value of `metric`, or nil when it was not scored.
    public func score(_ metric: TFMEM) -> Double? {
        scores.first { $0.metric == metric }?.value
    }

    /// The seconds `metric` took, or nil when it was not scored.
    public func scoringSeconds(_ metric: TFMEM) -> Double? {
        scores.first { $0.metric == metric }?.seconds
    }

    /// The number of epochs recorded.
    public var epochs: Int { validationAUC.count }

    /// Validation AUC after `epoch` (1-based, clamped to the curve), NaN for an empty curve.
    public func auc(atEpoch epoch: Int) -> Double {
        guard !validationAUC.isEmpty else { return .nan }
        return validationAUC[min(max(epoch, 1), validationAUC.count) - 1]
    }
}
