import Foundation
import TestSupport
import Testing

@testable import Datasets

/// Locates the paper data for tests: `$REPRO_DATA`, `../shared/data` beside the
/// project, or the project's `data/` (the same order as Harness's `DataRoot`).
enum AccelNASBenchTestData {
    static let root = PaperData.root

    static let available = FileManager.default.fileExists(atPath: file(AccelNASBench.datasetPath).path)

    /// The URL of `path` (relative to the data root).
    static func file(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// The dataset, loaded once for all tests.
    static let dataset: Result<AccelNASBench.Dataset, Error> = Result {
        try AccelNASBench.Dataset.load(from: file(AccelNASBench.datasetPath))
    }
}

@Suite(.enabled(if: AccelNASBenchTestData.available, "Accel-NASBench data not found"))
struct AccelNASBenchLoaderTests {
    @Test func loadsAllRecords() throws {
        let dataset = try AccelNASBenchTestData.dataset.get()
        #expect(dataset.records.count == 5138)
        #expect(dataset.records[0].file == "result_0.json")
        #expect(dataset.records[5137].file == "result_5137.json")
        let first = dataset.records[0]
        #expect(first.top1 == 59.368)
        #expect(first.top5 == 82.636)
        #expect(first.macs == 415.361072)
        #expect(first.throughput[.vck190]?.mean == 2441.027553765596)
        #expect(first.throughput[.vck190]?.std == nil)
        #expect(first.latency[.zcu102]?.mean == 5.023423633627983)
        #expect(first.latency[.a100] == nil)
        #expect(first.value(of: .throughput(.a100)) == 7034.935468125287)
    }

    /// Expected codes computed with Python from the config space's choice lists:
    /// `[choices[n].index(arch[n]) for n in sorted(names)]` for result_0 and result_4622.
    @Test func featurizesLikeConfigSpace() throws {
        let dataset = try AccelNASBenchTestData.dataset.get()
        let expected0: [Double] = [2, 0, 0, 1, 1, 1, 1, 1, 2, 0, 2, 1, 2, 1, 2, 1,
                                   2, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1]
        #expect(dataset.records[0].architecture.features == expected0)
        let expected4622: [Double] = [1, 1, 0, 0, 0, 0, 2, 1, 0, 1, 2, 1, 2, 1, 1, 0,
                                      0, 0, 0, 0, 0, 1, 3, 1, 0, 0, 2, 0]
        let index = try #require(dataset.index(ofFile: "result_4622.json"))
        #expect(dataset.records[index].architecture.features == expected4622)
        #expect(AccelNASBench.Architecture.featureNames.prefix(5)
                == ["block0_e", "block0_k", "block0_l", "block0_se", "block1_e"])
        let decoded = try AccelNASBench.Architecture(features: expected4622)
        #expect(decoded == dataset.records[index].architecture)
    }

    @Test func nullCountsPerTarget() throws {
        let dataset = try AccelNASBenchTestData.dataset.get()
        func nulls(_ target: AccelNASBench.Target) -> Int {
            dataset.records.filter { $0.value(of: target) == nil }.count
        }
        #expect(nulls(.accuracy) == 0)
        #expect(nulls(.throughput(.a100)) == 0)
        #expect(nulls(.throughput(.tpuv3)) == 44)
        #expect(nulls(.throughput(.tpuv2)) == 37)
        #expect(nulls(.throughput(.rtx3090)) == 3)
        #expect(nulls(.throughput(.zcu102)) == 2)
        #expect(nulls(.latency(.vck190)) == 2)
        let fpgaStds = dataset.records.filter { $0.throughput[.zcu102]?.std != nil }.count
        #expect(fpgaStds == 0)
    }

    @Test func defaultSplitSizesAndSkipping() throws {
        let dataset = try AccelNASBenchTestData.dataset.get()
        let files = AccelNASBench.defaultSplitFiles
        let split = try dataset.split(
            train: AccelNASBenchTestData.file(files.train), validation: AccelNASBenchTestData.file(files.validation),
            test: AccelNASBenchTestData.file(files.test))
        #expect(split.train.count == 4100)
        #expect(split.validation.count == 512)
        #expect(split.test.count == 512)
        #expect(Set(split.train + split.validation + split.test).count == 5124)
        #expect(dataset.records[split.test[0]].file == "result_4373.json")
        #expect(dataset.samples(split.test, target: .throughput(.tpuv3)).count == 507)
        #expect(dataset.samples(split.test, target: .throughput(.tpuv2)).count == 511)
        #expect(dataset.samples(split.train, target: .throughput(.tpuv3)).count == 4064)
        let train = dataset.samples(split.train, target: .accuracy)
        #expect(train.count == 4100)
        // Sum of train val_top1 computed with Python over the stored split.
        #expect(abs(train.targets.reduce(0, +) - 246685.7806540003) < 1e-6)
    }

    @Test func loadsTunedSettings() throws {
        func xgboost(_ target: AccelNASBench.Target) throws -> AccelNASBench.XGBoostSettings {
            try AccelNASBench.XGBoostSettings.load(
                from: AccelNASBenchTestData.file(AccelNASBench.XGBoostSettings.configPath(for: target)))
        }
        func forest(_ target: AccelNASBench.Target) throws -> AccelNASBench.ForestSettings {
            try AccelNASBench.ForestSettings.load(
                from: AccelNASBenchTestData.file(AccelNASBench.ForestSettings.configPath(for: target)))
        }
        let settings = try xgboost(.accuracy)
        #expect(settings.maxDepth == 3)
        #expect(settings.minChildWeight == 63)
        #expect(settings.learningRate == 0.09372802052223363)
        #expect(settings.lambda == 5.423727616977492)
        #expect(settings.numRounds == 20000)
        #expect(settings.earlyStoppingRounds == 100)
        let accuracyForest = try forest(.accuracy)
        #expect(accuracyForest == AccelNASBench.ForestSettings(
            treeCount: 122, minSamplesSplit: 3, minSamplesLeaf: 1, maxFeatures: 0.7053130560319361, bootstrap: true))
        let a100 = try forest(.throughput(.a100))
        #expect(a100.bootstrap == false)
        #expect(a100.treeCount == 125)
        for target in AccelNASBench.Target.surrogateTargets {
            _ = try xgboost(target)
        }
    }
}
