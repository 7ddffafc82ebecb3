import Diagnostics
import Foundation
import Testing

@testable import Datasets

@Suite(.enabled(if: SmallPapersTestData.has(AccelNASBench.deployedModelsPath), "Accel-NASBench Fig. 5 data not found"))
struct AccelNASBenchDeployedModelsTests {
    static func load() throws -> [AccelNASBench.DeploymentTarget: [AccelNASBench.DeployedModel]] {
        try AccelNASBench.loadDeployedModels(from: SmallPapersTestData.url(AccelNASBench.deployedModelsPath))
    }

    @Test func everyTargetHasBaselinesAndThePapersModels() throws {
        let targets = try Self.load()
        #expect(Set(targets.keys) == Set(AccelNASBench.DeploymentTarget.allCases))
        let ours = targets.mapValues { $0.filter { $0.design == .ours }.map(\.name) }
        #expect(ours[.zcu102Float] == ["effnet-zcu102-a", "effnet-zcu102-b", "effnet-zcu102-c"])
        #expect(ours[.zcu102Latency] == ["effnet-zcu102-m", "effnet-zcu102-l"])
        #expect(ours[.vck190Quantized] == ["effnet-vck190-a", "effnet-vck190-b"])
        #expect(ours[.a100] == ["effnet-a100-a", "effnet-a100-b"])
        #expect(ours[.rtx3090] == ["effnet-rtx3090-a", "effnet-rtx3090-b"])
        #expect(ours[.tpuv3] == ["effnet-tpuv3-a", "effnet-tpuv3-b"])
        #expect(targets[.zcu102Float]?.count == 18 + 3)
        #expect(targets[.a100]?.count == 11)
        #expect(targets[.tpuv3]?.count == 8)
    }

    /// FPGA baselines are stored as fractions and read as percentages; each target takes its
    /// own precision and speed (values from the file, checked by hand).
    @Test func readsEachTargetsAccuracyAndSpeed() throws {
        let targets = try Self.load()
        let resnet = try #require(targets[.zcu102Quantized]?.first { $0.name == "resnetv1_50" })
        #expect(abs(resnet.accuracy - 74.36) < 1e-9)
        #expect(resnet.speed == 214.04)
        #expect(resnet.design == .handcrafted)
        let latency = try #require(targets[.zcu102Latency]?.first { $0.name == "resnetv1_50" })
        #expect(latency.speed == 11.08)
        let vck = try #require(targets[.vck190Float]?.first { $0.name == "effnet-vck190-b" })
        #expect(vck.accuracy == 76.6559906 && vck.speed == 4015.04)
        let edge = try #require(targets[.tpuv3]?.first { $0.name == "effnet-edgetpu-s" })
        #expect(edge.design == .searchedElsewhere && edge.speed == 1020.650326)
    }

    @Test func listsOfUnequalLengthNameTheKey() throws {
        let text = try String(contentsOf: SmallPapersTestData.url(AccelNASBench.deployedModelsPath), encoding: .utf8)
        let shortened = text.replacingOccurrences(of: "\"throughput_vck190\": [\n   1174.91,", with: "\"throughput_vck190\": [")
        #expect(shortened != text)
        #expect(throws: LoadError(file: "fig5.json", key: "fpga_baselines.throughput_vck190", reason: "17 values for 18 models")) {
            try AccelNASBench.parseDeployedModels(Data(shortened.utf8), file: "fig5.json")
        }
    }

    @Test func anUnknownDesignModeIsRefused() throws {
        let text = try String(contentsOf: SmallPapersTestData.url(AccelNASBench.deployedModelsPath), encoding: .utf8)
        let bad = text.replacingOccurrences(of: "\"Handcrafted\"", with: "\"Manual\"")
        let message = SmallPapersTestData.message { _ = try AccelNASBench.parseDeployedModels(Data(bad.utf8), file: "fig5.json") }
        #expect(message?.contains("fpga_baselines.design_mode[1]") == true)
        #expect(message?.contains("expected Handcrafted or Searched, got 'Manual'") == true)
    }

    @Test func aNegativeSpeedIsRefused() throws {
        let text = try String(contentsOf: SmallPapersTestData.url(AccelNASBench.deployedModelsPath), encoding: .utf8)
        let bad = text.replacingOccurrences(of: "271.94", with: "-271.94")
        let message = SmallPapersTestData.message { _ = try AccelNASBench.parseDeployedModels(Data(bad.utf8), file: "fig5.json") }
        #expect(message?.contains("effnet-zcu102-a") == true)
        #expect(message?.contains("is not positive") == true)
    }

    @Test func aTruncatedFileNamesTheFile() {
        let message = SmallPapersTestData.message {
            _ = try AccelNASBench.parseDeployedModels(Data("{\"fpga_baselines\": {".utf8), file: "fig5.json")
        }
        #expect(message?.hasPrefix("fig5.json") == true)
    }
}
