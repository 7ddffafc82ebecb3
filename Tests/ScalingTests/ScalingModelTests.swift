import Datasets
import Foundation
import TestSupport
import Testing

@testable import Scaling

enum ScalingTestData {
    static let root = PaperData.root

    static let available = FileManager.default.fileExists(
        atPath: root.appendingPathComponent(NetworkScaling.latencyTablePath).path)

    static let loaded: Result<([NetworkScaling.LatencyTableEntry], [String: NetworkScaling.LatencyPredictorWeights]), Error> =
        Result {
            (try NetworkScaling.loadLatencyTable(from: root.appendingPathComponent(NetworkScaling.latencyTablePath)),
             try NetworkScaling.loadPredictorWeights(from: root.appendingPathComponent(NetworkScaling.predictorWeightsPath)))
        }

    static func models(_ platform: String, _ device: String) throws -> ScalingModels {
        let (table, weights) = try loaded.get()
        return try ScalingModels(platform: platform, device: device, table: table, predictors: weights)
    }
}

struct ScalingQuirkTests {
    @Test func float32StepsDriftBelowTheDecimal() {
        let state = ScalingState.reached(from: (2.0, 2.0, 32), to: (1.4, 1.5, 32))
        #expect(state.depth < 1.5 && state.depth > 1.4999)
        #expect(ScaledNetwork(state: state).blocksPerStage == 2)
        // The same decimal typed directly gives 3 blocks.
        #expect(ScaledNetwork.blocksPerStage(depth: 1.5) == 3)
    }

    @Test func zeroBlocksStillBuildsOne() {
        #expect(ScaledNetwork.blocksPerStage(depth: 0.3) == 1)
        #expect(ScaledNetwork.blocksPerStage(depth: 0.1) == 1)
    }

    @Test func roundFiltersMatchesTheProject() {
        // Hand-checked: 64·0.6 = 38.4 → int(42.4)//8·8 = 40; 512·1.9 = 972.8 → 976; 64·0.1 → 8.
        #expect(ScaledNetwork.roundFilters(64, width: 0.6) == 40)
        #expect(ScaledNetwork.roundFilters(512, width: 1.9) == 976)
        #expect(ScaledNetwork.roundFilters(64, width: 0.1) == 8)
    }

    @Test func memoryOfTheUnscaledNetwork() {
        // PreActResNet18 at w = d = 1, r = 32: 12,629,612 elements (input, outputs, params)
        // (the project's torchsummary formula) = 48.18 MB as in the README.
        let network = ScaledNetwork(state: ScalingState(width: 1, depth: 1, resolution: 32))
        #expect(network.stageChannels == [64, 128, 256, 512] && network.blocks.count == 8)
        #expect(MemoryModel.elements(of: network) == 12_629_612)
        #expect(ScalingModels.rounded(MemoryModel.megabytes(of: network), decimals: 2) == 48.18)
    }
}

@Suite(.enabled(if: ScalingTestData.available, "aisys2021 data not found"))
struct ScalingReadmeTests {
    /// The four README states and the log.png rows, each as (platform, device, init, best, latency, memory).
    static let cases: [(String, String, (Double, Double, Double), (Double, Double, Double), String, String)] = [
        ("raspberrypi", "cpu", (1, 1, 32), (0.6, 0.6, 32), "3.01", "9.05"),
        ("raspberrypi", "cpu", (1, 1, 32), (1.0, 1.0, 32), "1.96", "48.18"),
        ("jetson", "cpu", (2, 2, 32), (1.4, 1.5, 32), "0.89", "91.7"),
        ("jetson", "gpu", (2, 2, 32), (1.9, 1.1, 36), "0.35", "167.5"),
        ("jetson", "cpu", (2, 2, 32), (2.2, 0.5, 39), "1.04", "100.44"),
        ("jetson", "cpu", (2, 2, 32), (2.1, 0.4, 38), "0.93", "91.36"),
        ("jetson", "cpu", (2, 2, 32), (1.9, 0.3, 38), "0.76", "76.03"),
    ]

    @Test(arguments: 0..<7)
    func reproducesThePrintedLatencyAndMemory(index: Int) throws {
        let (platform, device, start, best, latency, memory) = Self.cases[index]
        let models = try ScalingTestData.models(platform, device)
        let result = models.evaluate(ScalingState.reached(from: start, to: best))
        #expect(ScalingModels.rounded(result.latency, decimals: 2) == Double(latency))
        #expect(ScalingModels.rounded(result.memory, decimals: ScalingModels.decimals(of: memory)) == Double(memory))
    }

    @Test func jetsonAt32PredictsEveryModule() throws {
        let models = try ScalingTestData.models("jetson", "cpu")
        let result = models.evaluate(ScalingState.reached(from: (2, 2, 32), to: (1.4, 1.5, 32)))
        #expect(result.predictedModules == result.network.blocks.count + 2)
    }

    @Test func missingPredictorIsAnError() throws {
        let (table, _) = try ScalingTestData.loaded.get()
        #expect(throws: ScalingError.missingPredictor("jetson_cpu/block_0")) {
            _ = try ScalingModels(platform: "jetson", device: "cpu", table: table, predictors: [:])
        }
    }
}
