/// The project's memory estimate (torchsummary style, batch 1, Float32):
/// MB = 4 / 2²⁰ × (input + Σ hooked outputs + Σ direct parameters).
///
/// Outputs are counted for the stem convolution; each block's bn1, conv1, bn2,
/// conv2, shortcut convolution and the block output; the Linear layer and the
/// model output. Parameters count convolution weights (no bias), 2·C per batch
/// norm (running statistics are buffers, not counted) and the Linear weight and
/// bias. Spatial sizes follow the real convolution arithmetic ⌈n / stride⌉,
/// unlike the latency keys (⌊n / stride⌋).
public enum MemoryModel {
    /// Elements (inputs + outputs + parameters) of `network`.
    public static func elements(of network: ScaledNetwork) -> Int {
        let r = network.resolution
        var outputs = ScaledNetwork.stemChannels * r * r
        var parameters = 3 * ScaledNetwork.stemChannels * 9
        var size = r
        for block in network.blocks {
            let out = (size - 1) / block.stride + 1
            let inMap = block.inChannels * size * size
            let outMap = block.outChannels * out * out
            outputs += inMap + 3 * outMap + outMap + (block.hasShortcut ? outMap : 0)
            parameters += 2 * block.inChannels + block.inChannels * block.outChannels * 9
                + 2 * block.outChannels + block.outChannels * block.outChannels * 9
                + (block.hasShortcut ? block.inChannels * block.outChannels : 0)
            size = out
        }
        outputs += 2 * ScaledNetwork.classes
        parameters += network.finalChannels * ScaledNetwork.classes + ScaledNetwork.classes
        return 3 * r * r + outputs + parameters
    }

    /// Memory in MB (2²⁰ bytes) as the project printed it before `%0.2f`.
    public static func megabytes(of network: ScaledNetwork) -> Double {
        Double(elements(of: network)) * 4 / 1_048_576
    }
}
