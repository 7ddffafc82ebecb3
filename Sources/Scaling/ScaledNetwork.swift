/// The scaled PreActResNet18 for CIFAR-100 the project searches over.
///
/// A 3×3 stem convolution 3→64 (not width-scaled), then four stages of
/// pre-activation blocks with base channels 64/128/256/512 and strides 1/2/2/2,
/// global average pooling and a Linear layer to 100 classes.
public struct ScaledNetwork: Sendable, Hashable {
    /// One pre-activation residual block.
    public struct Block: Sendable, Hashable {
        /// Input channels.
        public var inChannels: Int
        /// Output channels.
        public var outChannels: Int
        /// Stride of the first convolution.
        public var stride: Int
        /// Spatial size entering the block.
        public var inSize: Int
        /// Spatial size as the project keyed its latency tables (`in // stride`).
        public var keyedOutSize: Int
        /// Whether the block has a 1×1 convolution shortcut (stride ≠ 1 or channels change).
        public var hasShortcut: Bool { stride != 1 || inChannels != outChannels }
    }

    /// The state the network was built from.
    public var state: ScalingState
    /// Input resolution (pixels).
    public var resolution: Int
    /// Channels of each stage.
    public var stageChannels: [Int]
    /// Blocks per stage: max(1, int(2d)).
    public var blocksPerStage: Int
    /// All blocks in order.
    public var blocks: [Block]
    /// The classes of the final Linear layer.
    public static let classes = 100
    /// Output channels of the stem convolution.
    public static let stemChannels = 64

    /// Builds the network for `state`.
    public init(state: ScalingState) {
        self.state = state
        resolution = Int(state.resolution)
        stageChannels = [64, 128, 256, 512].map { Self.roundFilters($0, width: Double(state.width)) }
        blocksPerStage = Self.blocksPerStage(depth: Double(state.depth))
        var blocks: [Block] = []
        var channels = Self.stemChannels
        var size = resolution
        for (stage, stride) in [1, 2, 2, 2].enumerated() {
            for index in 0..<blocksPerStage {
                let s = index == 0 ? stride : 1
                blocks.append(Block(inChannels: channels, outChannels: stageChannels[stage], stride: s,
                                    inSize: size, keyedOutSize: size / s))
                channels = stageChannels[stage]
                size /= s
            }
        }
        self.blocks = blocks
    }

    /// The project's `round_filters`: `nf = max(8, int(base·w + 4) // 8 · 8)`, plus 8
    /// when that falls below 90 % of base·w.
    public static func roundFilters(_ base: Int, width: Double) -> Int {
        let f = Double(base) * width
        var filters = max(8, Int(f + 4) / 8 * 8)
        if Double(filters) < 0.9 * f { filters += 8 }
        return filters
    }

    /// Blocks per stage: `int(2d)`, but the project's `_make_layer` builds
    /// `[stride] + [1] * (n - 1)`, so n = 0 still gives one block.
    public static func blocksPerStage(depth: Double) -> Int {
        max(1, Int(depth * 2))
    }

    /// Channels entering the Linear layer.
    public var finalChannels: Int { stageChannels[3] }

    /// Spatial size after the last stage as keyed in the latency tables.
    public var keyedFinalSize: Int { blocks.last?.keyedOutSize ?? resolution }
}
