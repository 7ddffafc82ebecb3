extension AccelNASBench {
    /// A measured mean and standard deviation; either may be missing (`null`) in the data.
    public struct Measurement: Sendable, Hashable, Codable {
        /// The mean over repeated measurements, or nil when not measured.
        public var mean: Double?
        /// The standard deviation over repeated measurements, or nil when not reported.
        public var std: Double?

        /// Creates a measurement.
        public init(mean: Double?, std: Double?) {
            self.mean = mean
            self.std = std
        }
    }
}
