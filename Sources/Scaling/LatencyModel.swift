import Datasets

/// The project's latency estimate for one platform and device: sum the per-module
/// latencies looked up in the measured tables, predicting any module missing from
/// them with the fallback MLP for its block type.
public struct LatencyModel: Sendable {
    /// Where one module's latency came from.
    public enum Source: String, Sendable, Hashable {
        /// Measured, from the look-up table.
        case table
        /// Predicted by the fallback MLP.
        case predicted
    }

    /// One module of the network and its latency.
    public struct Part: Sendable, Hashable {
        /// `stem`, `block<i>` or `linear`.
        public var name: String
        /// Latency in µs.
        public var microseconds: Double
        /// Table or MLP.
        public var source: Source
    }

    /// A network's latency and its parts.
    public struct Estimate: Sendable, Hashable {
        /// Every module in order.
        public var parts: [Part]
        /// Total latency in seconds.
        public var seconds: Double { parts.reduce(0) { $0 + $1.microseconds } / 1e6 }
        /// How many parts the MLP predicted.
        public var predictedCount: Int { parts.filter { $0.source == .predicted }.count }
    }

    struct Key: Hashable {
        var resolution, inSize, outSize: Int
        var kind: NetworkScaling.ModuleKind
        var inChannels, outChannels, stride: Int
        var shortcut: Bool
    }

    /// `raspberrypi`, `jetson` or `desktop`.
    public let platform: String
    /// `cpu` or `cuda`.
    public let device: String
    private let table: [Key: Double]
    private let predictors: [LatencyPredictor]

    /// Builds the model for `platform`/`device` (`cuda` or `gpu` for the GPU) from the
    /// released table rows and predictor weights; throws when a predictor is missing.
    public init(platform: String, device: String, table rows: [NetworkScaling.LatencyTableEntry],
                predictors weights: [String: NetworkScaling.LatencyPredictorWeights]) throws(ScalingError) {
        let tableDevice = device == "gpu" ? "cuda" : device
        self.platform = platform
        self.device = tableDevice
        var table: [Key: Double] = [:]
        for row in rows where row.platform == platform && row.device == tableDevice {
            table[Key(resolution: row.resolution, inSize: row.inSize, outSize: row.outSize, kind: row.kind,
                      inChannels: row.inChannels, outChannels: row.outChannels, stride: row.stride,
                      shortcut: row.shortcut)] = row.latencyMicroseconds
        }
        self.table = table
        let prefix = "\(platform)_\(tableDevice == "cuda" ? "gpu" : "cpu")"
        predictors = try (0..<4).map { (k: Int) throws(ScalingError) -> LatencyPredictor in
            guard let model = weights["\(prefix)/block_\(k)"] else {
                throw ScalingError.missingPredictor("\(prefix)/block_\(k)")
            }
            return LatencyPredictor(weights: model)
        }
    }

    /// Number of measured modules for this platform and device.
    public var tableSize: Int { table.count }

    /// The latency of `network`, module by module.
    public func estimate(_ network: ScaledNetwork) -> Estimate {
        let r = network.resolution
        var parts = [lookup("stem", Key(resolution: r, inSize: r, outSize: r, kind: .convolution, inChannels: 3,
                                        outChannels: ScaledNetwork.stemChannels, stride: 1, shortcut: false),
                            predictor: 3, features: [r, r])]
        for (index, block) in network.blocks.enumerated() {
            let key = Key(resolution: r, inSize: block.inSize, outSize: block.keyedOutSize, kind: .block,
                          inChannels: block.inChannels, outChannels: block.outChannels, stride: block.stride,
                          shortcut: block.hasShortcut)
            let features = block.hasShortcut
                ? [block.inSize, block.keyedOutSize, block.inChannels, block.outChannels, block.stride]
                : [block.inSize, block.keyedOutSize, block.inChannels]
            parts.append(lookup("block\(index)", key, predictor: block.hasShortcut ? 1 : 0, features: features))
        }
        let size = network.keyedFinalSize
        parts.append(lookup("linear", Key(resolution: r, inSize: size, outSize: size, kind: .linear,
                                          inChannels: network.finalChannels, outChannels: ScaledNetwork.classes,
                                          stride: 1, shortcut: false),
                            predictor: 2, features: [size, size, network.finalChannels]))
        return Estimate(parts: parts)
    }

    /// Latency of `network` in seconds.
    public func seconds(_ network: ScaledNetwork) -> Double { estimate(network).seconds }

    private func lookup(_ name: String, _ key: Key, predictor: Int, features: [Int]) -> Part {
        if let measured = table[key] { return Part(name: name, microseconds: measured, source: .table) }
        let value = predictors[predictor].microseconds(features.map(Double.init))
        return Part(name: name, microseconds: value, source: .predicted)
    }
}
