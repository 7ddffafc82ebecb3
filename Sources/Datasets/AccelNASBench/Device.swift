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

        /// The name shown in figures and tables, e.g. `RTX 3090`.
        public var displayName: String {
            switch self {
            case .a100: return "A100"
            case .rtx3090: return "RTX 3090"
            case .tpuv2: return "TPUv2"
            case .tpuv3: return "TPUv3"
            case .zcu102: return "ZCU102"
            case .vck190: return "VCK190"
            }
        }

        /// The name used in the dataset's keys, e.g. `3090`.
        public var description: String { rawValue }
    }
}
