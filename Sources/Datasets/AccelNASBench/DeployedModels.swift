import Diagnostics
import Foundation

extension AccelNASBench {
    /// The ImageNet models the paper deploys on each accelerator (its Fig. 5): the models
    /// searched on Accel-NASBench and the baselines they are compared with.
    public static let deployedModelsPath = "accel-nasbench/anb_eval_fig5_reference_points.json"

    /// One accelerator setting of the deployment comparison: a platform, the precision the
    /// models run at, and whether speed is throughput or latency.
    public enum DeploymentTarget: String, Sendable, Hashable, CaseIterable {
        /// ZCU102 FPGA, float accuracy, throughput.
        case zcu102Float = "zcu102.float"
        /// ZCU102 FPGA, quantized accuracy, throughput.
        case zcu102Quantized = "zcu102.quantized"
        /// ZCU102 FPGA, quantized accuracy, latency.
        case zcu102Latency = "zcu102.latency"
        /// VCK190 FPGA, float accuracy, throughput.
        case vck190Float = "vck190.float"
        /// VCK190 FPGA, quantized accuracy, throughput.
        case vck190Quantized = "vck190.quantized"
        /// A100 GPU, float accuracy, throughput.
        case a100
        /// RTX 3090 GPU, float accuracy, throughput.
        case rtx3090 = "3090"
        /// TPUv3, float accuracy, throughput per core.
        case tpuv3

        /// A human name, e.g. `ZCU102, quantized`.
        public var displayName: String {
            switch self {
            case .zcu102Float: "ZCU102, float"
            case .zcu102Quantized: "ZCU102, quantized"
            case .zcu102Latency: "ZCU102, quant., latency"
            case .vck190Float: "VCK190, float"
            case .vck190Quantized: "VCK190, quantized"
            case .a100: "A100"
            case .rtx3090: "RTX 3090"
            case .tpuv3: "TPUv3"
            }
        }

        /// True when speed is a latency (lower is better); otherwise a throughput.
        public var measuresLatency: Bool { self == .zcu102Latency }

        /// True for the two FPGAs (ZCU102, VCK190).
        public var isFPGA: Bool { ![.a100, .rtx3090, .tpuv3].contains(self) }

        /// True when accuracy is that of the quantized model (FPGA deployments).
        public var isQuantized: Bool { [.zcu102Quantized, .zcu102Latency, .vck190Quantized].contains(self) }

        /// The speed's unit.
        public var speedUnit: String {
            switch self {
            case .zcu102Latency: "ms"
            case .tpuv3: "img/s/core"
            default: "img/s"
            }
        }
    }

    /// Who designed a deployed model.
    public enum ModelDesign: String, Sendable, Hashable, CaseIterable {
        /// Designed by hand (ResNet, VGG, MobileNet, ...).
        case handcrafted
        /// Found by another architecture search (EfficientNet, MobileNetV3, ...).
        case searchedElsewhere
        /// Searched on Accel-NASBench by the paper's authors.
        case ours
    }

    /// One point of the comparison: a model's top-1 accuracy and speed on one target.
    public struct DeployedModel: Sendable, Hashable {
        /// The model's name, e.g. `effnet-vck190-a` or `resnetv1_50`.
        public var name: String
        /// Who designed it.
        public var design: ModelDesign
        /// ImageNet top-1 in percent, at the target's precision.
        public var accuracy: Double
        /// Throughput in images per second (per core on TPUv3), or latency in ms.
        public var speed: Double
    }

    /// Loads the deployed models of every target from `url` (``deployedModelsPath``).
    public static func loadDeployedModels(from url: URL) throws -> [DeploymentTarget: [DeployedModel]] {
        try parseDeployedModels(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses the deployment comparison; `file` names the source in errors. Lists under one
    /// key must have one entry per model, accuracies must lie in 0...100 and speeds be positive.
    public static func parseDeployedModels(
        _ data: Data, file: String
    ) throws(LoadError) -> [DeploymentTarget: [DeployedModel]] {
        let raw = try ReleasedFile.document(RawDeployedModels.self, from: data, file: file)
        var targets: [DeploymentTarget: [DeployedModel]] = [:]
        let fpga = raw.fpgaBaselines
        let baselineDesigns = try fpga.designMode.enumerated().map { index, mode throws(LoadError) in
            try design(mode, key: "fpga_baselines.design_mode[\(index)]", file: file)
        }
        try fpga.checkLengths(file: file)
        func baselines(_ accuracy: [Double], _ speed: [Double], scale: Double) -> [DeployedModel] {
            fpga.modelName.indices.map {
                DeployedModel(name: fpga.modelName[$0], design: baselineDesigns[$0], accuracy: accuracy[$0] * scale, speed: speed[$0])
            }
        }
        let ours = raw.fpgaSearchedOurs
        try ours.zcu102Throughput.checkLengths(key: "fpga_searched_ours.zcu102_throughput", file: file)
        try ours.vck190Throughput.checkLengths(key: "fpga_searched_ours.vck190_throughput", file: file)
        try ours.zcu102Latency.checkLengths(key: "fpga_searched_ours.zcu102_latency", file: file)
        targets[.zcu102Float] = try baselines(fpga.floatAccuracy, fpga.throughputZCU102, scale: 100)
            + ours.zcu102Throughput.models(accuracy: ours.zcu102Throughput.requiredFloatAccuracy(key: "fpga_searched_ours.zcu102_throughput", file: file))
        targets[.zcu102Quantized] = baselines(fpga.quantizedAccuracy, fpga.throughputZCU102, scale: 100)
            + ours.zcu102Throughput.models(accuracy: ours.zcu102Throughput.quantizedAccuracy)
        targets[.zcu102Latency] = baselines(fpga.quantizedAccuracy, fpga.latencyZCU102, scale: 100)
            + ours.zcu102Latency.models(accuracy: ours.zcu102Latency.quantizedAccuracy)
        targets[.vck190Float] = try baselines(fpga.floatAccuracy, fpga.throughputVCK190, scale: 100)
            + ours.vck190Throughput.models(accuracy: ours.vck190Throughput.requiredFloatAccuracy(key: "fpga_searched_ours.vck190_throughput", file: file))
        targets[.vck190Quantized] = baselines(fpga.quantizedAccuracy, fpga.throughputVCK190, scale: 100)
            + ours.vck190Throughput.models(accuracy: ours.vck190Throughput.quantizedAccuracy)
        for (target, key, list, tag) in [(DeploymentTarget.a100, "gpu_a100", raw.a100, "a100"),
                                         (.rtx3090, "gpu_3090", raw.rtx3090, "rtx3090"), (.tpuv3, "tpuv3", raw.tpuv3, "tpuv3")] {
            targets[target] = try list.models(key: key, oursPrefix: "effnet-\(tag)-", file: file)
        }
        for target in DeploymentTarget.allCases {
            for (index, model) in (targets[target] ?? []).enumerated() {
                guard (0...100).contains(model.accuracy) else {
                    throw LoadError(file: file, key: "\(target.rawValue)[\(index)] \(model.name)", reason: "accuracy \(model.accuracy) is not a percentage")
                }
                guard model.speed > 0 else {
                    throw LoadError(file: file, key: "\(target.rawValue)[\(index)] \(model.name)", reason: "speed \(model.speed) is not positive")
                }
            }
        }
        return targets
    }

    private static func design(_ mode: String, key: String, file: String) throws(LoadError) -> ModelDesign {
        switch mode {
        case "Handcrafted": return .handcrafted
        case "Searched": return .searchedElsewhere
        default: throw LoadError(file: file, key: key, reason: "expected Handcrafted or Searched, got '\(mode)'")
        }
    }

    /// Throws unless each list, named with its length in `lengths`, has one value per model;
    /// the error names the list under `key`.
    private static func checkOnePerModel(
        _ lengths: [(name: String, count: Int)], models: Int, key: String, file: String
    ) throws(LoadError) {
        for (name, count) in lengths where count != models {
            throw LoadError(file: file, key: "\(key).\(name)", reason: "\(count) values for \(models) models")
        }
    }

    private struct RawDeployedModels: Decodable {
        var fpgaBaselines: FPGABaselines
        var fpgaSearchedOurs: FPGAOurs
        var a100: Listed
        var rtx3090: Listed
        var tpuv3: Listed

        enum CodingKeys: String, CodingKey {
            case fpgaBaselines = "fpga_baselines", fpgaSearchedOurs = "fpga_searched_ours"
            case a100 = "gpu_a100", rtx3090 = "gpu_3090", tpuv3
        }
    }

    private struct FPGABaselines: Decodable {
        var modelName: [String]
        var designMode: [String]
        var floatAccuracy: [Double]
        var quantizedAccuracy: [Double]
        var throughputZCU102: [Double]
        var latencyZCU102: [Double]
        var throughputVCK190: [Double]

        enum CodingKeys: String, CodingKey {
            case modelName = "model_name", designMode = "design_mode"
            case floatAccuracy = "float_acc_fraction", quantizedAccuracy = "quant_acc_fraction"
            case throughputZCU102 = "throughput_zcu102", latencyZCU102 = "latency_zcu102_ms"
            case throughputVCK190 = "throughput_vck190"
        }

        func checkLengths(file: String) throws(LoadError) {
            try AccelNASBench.checkOnePerModel(
                [("design_mode", designMode.count), ("float_acc_fraction", floatAccuracy.count),
                 ("quant_acc_fraction", quantizedAccuracy.count), ("throughput_zcu102", throughputZCU102.count),
                 ("latency_zcu102_ms", latencyZCU102.count), ("throughput_vck190", throughputVCK190.count)],
                models: modelName.count, key: "fpga_baselines", file: file)
        }
    }

    private struct FPGAOurs: Decodable {
        var zcu102Throughput: OursList
        var zcu102Latency: OursList
        var vck190Throughput: OursList

        enum CodingKeys: String, CodingKey {
            case zcu102Throughput = "zcu102_throughput", zcu102Latency = "zcu102_latency"
            case vck190Throughput = "vck190_throughput"
        }
    }

    /// The paper's own FPGA models: speed is a throughput or a latency, whichever the list has.
    private struct OursList: Decodable {
        var modelName: [String]
        var speed: [Double]
        var floatAccuracy: [Double]?
        var quantizedAccuracy: [Double]

        enum CodingKeys: String, CodingKey {
            case modelName = "model_name", throughput, latency = "latency_ms"
            case floatAccuracy = "float_acc", quantizedAccuracy = "quant_acc"
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            modelName = try container.decode([String].self, forKey: .modelName)
            speed = try container.decodeIfPresent([Double].self, forKey: .throughput)
                ?? container.decode([Double].self, forKey: .latency)
            floatAccuracy = try container.decodeIfPresent([Double].self, forKey: .floatAccuracy)
            quantizedAccuracy = try container.decode([Double].self, forKey: .quantizedAccuracy)
        }

        func checkLengths(key: String, file: String) throws(LoadError) {
            try AccelNASBench.checkOnePerModel(
                [("speed", speed.count), ("quant_acc", quantizedAccuracy.count), ("float_acc", floatAccuracy?.count ?? modelName.count)],
                models: modelName.count, key: key, file: file)
        }

        /// The float accuracies, which a throughput list must have.
        func requiredFloatAccuracy(key: String, file: String) throws(LoadError) -> [Double] {
            guard let floatAccuracy else { throw LoadError(file: file, key: "\(key).float_acc", reason: "missing") }
            return floatAccuracy
        }

        /// The models, with `accuracy` (one per model).
        func models(accuracy: [Double]) -> [DeployedModel] {
            modelName.indices.map {
                DeployedModel(name: modelName[$0], design: .ours, accuracy: accuracy[$0], speed: speed[$0])
            }
        }
    }

    /// A GPU or TPU list: baselines and the paper's models in one, told apart by name.
    private struct Listed: Decodable {
        var modelName: [String]
        var designMode: [String]
        var floatAccuracy: [Double]
        var speed: [Double]

        enum CodingKeys: String, CodingKey {
            case modelName = "model_name", designMode = "design_mode", floatAccuracy = "float_acc"
            case throughput, throughputPerCore = "throughput_per_core"
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            modelName = try container.decode([String].self, forKey: .modelName)
            designMode = try container.decode([String].self, forKey: .designMode)
            floatAccuracy = try container.decode([Double].self, forKey: .floatAccuracy)
            speed = try container.decodeIfPresent([Double].self, forKey: .throughput)
                ?? container.decode([Double].self, forKey: .throughputPerCore)
        }

        /// The models; a name starting with `oursPrefix` (e.g. `effnet-a100-`) is the paper's.
        func models(key: String, oursPrefix: String, file: String) throws(LoadError) -> [DeployedModel] {
            try AccelNASBench.checkOnePerModel(
                [("design_mode", designMode.count), ("float_acc", floatAccuracy.count), ("throughput", speed.count)],
                models: modelName.count, key: key, file: file)
            var models: [DeployedModel] = []
            for index in modelName.indices {
                let design = modelName[index].hasPrefix(oursPrefix)
                    ? .ours : try AccelNASBench.design(designMode[index], key: "\(key).design_mode[\(index)]", file: file)
                models.append(DeployedModel(name: modelName[index], design: design, accuracy: floatAccuracy[index], speed: speed[index]))
            }
            return models
        }
    }
}
