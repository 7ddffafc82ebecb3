import Diagnostics

extension AccelNASBench {
    /// An architecture of the search space: 7 blocks, each with e/k/l/se choices.
    public struct Architecture: Sendable, Hashable, Codable {
        /// The blocks in network order (always `AccelNASBench.blockCount` of them).
        public var blocks: [Block]

        /// Creates an architecture from its blocks; throws unless there are exactly 7
        /// and every choice is in the search space.
        public init(blocks: [Block]) throws(ArchitectureError) {
            guard blocks.count == AccelNASBench.blockCount else {
                throw ArchitectureError(key: "blocks", reason: "expected 7 blocks, got \(blocks.count)")
            }
            for (index, block) in blocks.enumerated() {
                try Self.validate(block, index: index)
            }
            self.blocks = blocks
        }

        /// The allowed values of `choice` (`e`, `k` or `l`) for block `index`, in the
        /// config space's order (which defines the ordinal codes).
        public static func choices(_ choice: String, block index: Int) -> [Int] {
            switch choice {
            case "e": return [1, 4, 6]
            case "k": return [3, 5]
            default: return index == 5 ? [1, 2, 3, 4] : [1, 2, 3]
            }
        }

        static func validate(_ block: Block, index: Int) throws(ArchitectureError) {
            let values = [("e", block.expansion), ("k", block.kernel), ("l", block.layers)]
            for (name, value) in values where !choices(name, block: index).contains(value) {
                throw ArchitectureError(
                    key: "block\(index)_\(name)",
                    reason: "value \(value) not in \(choices(name, block: index))")
            }
        }
    }

    /// An architecture value outside the search space, on one line: `block5_l: value 5 not in [1, 2, 3, 4]`.
    public struct ArchitectureError: ReproError {
        /// The offending key, e.g. `block5_l`.
        public var key: String
        /// Why it is invalid.
        public var reason: String

        /// The offending key.
        public var subject: String { key }
    }
}
