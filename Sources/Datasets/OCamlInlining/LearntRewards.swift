import Diagnostics
import Foundation

extension OCamlInlining {
    /// The learnt rewards of one call-site node; nil = absent in the dump.
    public struct NodeReward: Sendable, Hashable {
        /// Immediate reward of inlining (w[2v]).
        public var inlineImmediate: Double?
        /// Long-term value of inlining (w[2v] + γ·Σ children).
        public var inlineLongTerm: Double?
        /// Reward of not inlining (w[2v+1]).
        public var noInline: Double?
    }

    /// The rewards one model learnt for one benchmark.
    public struct LearntRewards: Sendable, Hashable, Decodable {
        /// e.g. `lasso-general`, `ridge-star`.
        public var model: String
        /// The benchmark.
        public var benchmark: String
        /// One entry per call-site node.
        public var rewards: [NodeReward]

        enum CodingKeys: String, CodingKey { case model, benchmark, fields, rewards }

        /// Decodes a line; `fields` must be the three released columns in order.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            model = try container.decode(String.self, forKey: .model)
            benchmark = try container.decode(String.self, forKey: .benchmark)
            let fields = try container.decode([String].self, forKey: .fields)
            guard fields == ["inline_immediate", "inline_long_term", "no_inline"] else {
                throw DecodingError.dataCorruptedError(
                    forKey: .fields, in: container, debugDescription: "unexpected fields \(fields)")
            }
            let rows = try container.decode([[Double?]].self, forKey: .rewards)
            rewards = try rows.enumerated().map { index, row in
                guard row.count == 3 else {
                    throw DecodingError.dataCorrupted(.init(
                        codingPath: [CodingKeys.rewards, IndexKey(index)],
                        debugDescription: "expected 3 values, found \(row.count)"))
                }
                return NodeReward(inlineImmediate: row[0], inlineLongTerm: row[1], noInline: row[2])
            }
        }
    }

    /// Loads `reward_assignment_rewards.jsonl`.
    public static func loadLearntRewards(from url: URL) throws -> [LearntRewards] {
        try parseLearntRewards(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses learnt-reward JSON lines.
    public static func parseLearntRewards(_ data: Data, file: String) throws(LoadError) -> [LearntRewards] {
        try ReleasedFile.jsonLines(LearntRewards.self, from: data, file: file)
    }
}
