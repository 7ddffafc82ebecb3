import Foundation

/// A coding key built from a string, for the dataset's flat `block<i>_<choice>` keys.
struct DynamicKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedDecodingContainer {
    /// Decodes a value that must be present but may be `null`.
    func decodeNullable<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard contains(key) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "missing key"))
        }
        if try decodeNil(forKey: key) { return nil }
        return try decode(type, forKey: key)
    }
}

/// The on-disk shape of one JSONL line, decoded strictly (every key required).
struct RawRecord: Decodable {
    var record: AccelNASBench.Record

    private enum Keys: String, CodingKey {
        case architecture, metrics, file
        case modelInfo = "model_info"
        case platformPerf = "platform_perf"
    }
    private enum MetricKeys: String, CodingKey {
        case top1 = "val_top1", top5 = "val_top5", trainTime = "train_time"
    }
    private enum InfoKeys: String, CodingKey { case macs, params }

    init(from decoder: Decoder) throws {
        let root = try decoder.container(keyedBy: Keys.self)
        let architecture = try Self.decodeArchitecture(
            try root.nestedContainer(keyedBy: DynamicKey.self, forKey: .architecture))
        let metrics = try root.nestedContainer(keyedBy: MetricKeys.self, forKey: .metrics)
        let info = try root.nestedContainer(keyedBy: InfoKeys.self, forKey: .modelInfo)
        let perf = try root.nestedContainer(keyedBy: DynamicKey.self, forKey: .platformPerf)
        var throughput: [AccelNASBench.Device: AccelNASBench.Measurement] = [:]
        var latency: [AccelNASBench.Device: AccelNASBench.Measurement] = [:]
        for device in AccelNASBench.Device.allCases {
            throughput[device] = try Self.decodeMeasurement(perf, metric: "throughput", device: device)
            if device.hasLatency {
                latency[device] = try Self.decodeMeasurement(perf, metric: "latency", device: device)
            }
        }
        record = AccelNASBench.Record(
            file: try root.decode(String.self, forKey: .file),
            architecture: architecture,
            top1: try metrics.decode(Double.self, forKey: .top1),
            top5: try metrics.decode(Double.self, forKey: .top5),
            trainTime: try metrics.decode(Double.self, forKey: .trainTime),
            macs: try info.decode(Double.self, forKey: .macs),
            params: try info.decode(Double.self, forKey: .params),
            throughput: throughput, latency: latency)
    }

    private static func decodeMeasurement(
        _ perf: KeyedDecodingContainer<DynamicKey>, metric: String, device: AccelNASBench.Device
    ) throws -> AccelNASBench.Measurement {
        let entry = try perf.nestedContainer(
            keyedBy: DynamicKey.self, forKey: DynamicKey("\(metric)_\(device.rawValue)"))
        return AccelNASBench.Measurement(
            mean: try entry.decodeNullable(Double.self, forKey: DynamicKey("\(metric)_mean")),
            std: try entry.decodeNullable(Double.self, forKey: DynamicKey("\(metric)_std")))
    }

    private static func decodeArchitecture(
        _ container: KeyedDecodingContainer<DynamicKey>
    ) throws -> AccelNASBench.Architecture {
        var blocks: [AccelNASBench.Block] = []
        for index in 0..<AccelNASBench.blockCount {
            func int(_ choice: String) throws -> Int {
                let key = DynamicKey("block\(index)_\(choice)")
                let value = try container.decode(Int.self, forKey: key)
                guard AccelNASBench.Architecture.choices(choice, block: index).contains(value) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: container,
                        debugDescription: "value \(value) not in the search space "
                            + "\(AccelNASBench.Architecture.choices(choice, block: index))")
                }
                return value
            }
            blocks.append(AccelNASBench.Block(
                expansion: try int("e"), kernel: try int("k"), layers: try int("l"),
                squeezeExcite: try container.decode(Bool.self, forKey: DynamicKey("block\(index)_se"))))
        }
        do {
            return try AccelNASBench.Architecture(blocks: blocks)
        } catch {
            // The caller's `LoadError(file:line:decoding:)` names the file, line and key path.
            throw DecodingError.dataCorrupted(.init(
                codingPath: container.codingPath + [DynamicKey(error.key)], debugDescription: error.reason))
        }
    }
}
