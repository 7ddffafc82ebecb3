extension AccelNASBench {
    /// A hardware platform the dataset measures.
    public enum Device: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// NVIDIA A100 GPU (throughput only).
        case a100
        /// NVIDIA RTX 3090 GPU (throughput only).
        case rtx3090 = "3090"
        /// Google TPU v2 (throughput, images/s/core).
        case tpuv2
        /// Google TPU v3 (throughput, images/s/core).
        case tpuv3
        /// Xilinx ZCU102 FPGA (throughput and latency).
        case zcu102
        /// Xilinx VCK190 FPGA (throughput and latency).
        case vck190

        /// Whether the dataset has latency measurements for this device (the FPGAs).
        public var hasLatency: Bool { self == .zcu102 || self == .vck190 }

        /// The name used in the dataset's keys, e.g. `3090`.
        public var description: String { rawValue }
    }
}
