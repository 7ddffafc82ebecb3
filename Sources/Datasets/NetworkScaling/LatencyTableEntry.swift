import Diagnostics
import Foundation

extension NetworkScaling {
    /// The kind of module a latency-table row measures.
    public enum ModuleKind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A pre-activation residual block.
        case block = "PreActBlock"
        /// The final fully connected layer.
        case linear = "Linear"
        /// The stem convolution.
        case convolution = "Conv2d"
    }

    /// One measured module latency: a row of `latency_lut_preactresnet18.jsonl`.
    public struct LatencyTableEntry: Sendable, Hashable, Codable {
        /// `raspberrypi`, `jetson` or `desktop`.
        public var platform: String
        /// `cpu` or `cuda`.
        public var device: String
        /// The network's input resolution.
        public var resolution: Int
        /// Spatial size entering the module.
        public var inSize: Int
        /// Spatial size leaving the module (as keyed by the project: `in // stride`).
        public var outSize: Int
        /// What the module is.
        public var kind: ModuleKind
        /// Input channels (features for Linear).
        public var inChannels: Int
        /// Output channels (classes for Linear).
        public var outChannels: Int
        /// The stride of the module's first convolution.
        public var stride: Int
        /// Whether a block has a 1×1 convolution shortcut.
        public var shortcut: Bool
        /// Mean measured latency in microseconds.
        public var latencyMicroseconds: Double
        /// Number of measurements averaged.
        public var count: Int

        enum CodingKeys: String, CodingKey {
            case platform, device, resolution, kind, stride, shortcut, count
            case inSize = "in_size", outSize = "out_size", inChannels = "in_ch", outChannels = "out_ch"
            case latencyMicroseconds = "latency_us"
        }
    }

    /// Loads the latency table from `url`; a bad line throws a ``LoadError``
    /// naming the file and line.
    public static func loadLatencyTable(from url: URL) throws -> [LatencyTableEntry] {
        try parseLatencyTable(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses latency-table JSON lines; `file` names the source in errors.
    public static func parseLatencyTable(_ data: Data, file: String) throws(LoadError) -> [LatencyTableEntry] {
        try ReleasedFile.jsonLines(LatencyTableEntry.self, from: data, file: file)
    }
}
