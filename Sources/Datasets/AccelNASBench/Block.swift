extension AccelNASBench {
    /// One MBConv stage of an architecture.
    public struct Block: Sendable, Hashable, Codable {
        /// Expansion ratio, one of 1, 4, 6.
        public var expansion: Int
        /// Depthwise kernel size, 3 or 5.
        public var kernel: Int
        /// Number of layers, 1...3 (1...4 for block 5).
        public var layers: Int
        /// Whether the block uses squeeze-and-excitation.
        public var squeezeExcite: Bool
    }
}
