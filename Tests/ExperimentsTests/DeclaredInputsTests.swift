import Foundation
import Harness
import Registry
import Testing

/// The paths `type` declares for its config at `scale` after `overrides`.
func declaredPaths<E: Experiment>(_ type: E.Type, scale: Scale, overrides: [String]) throws -> [String] {
    let config = try ConfigCoding.apply(overrides, to: E.defaultConfig(for: scale), ranges: E.configRanges)
    return E.inputs(for: config).map(\.path)
}

/// Experiments declare every file they read for every config, not only the default one.
@Suite struct DeclaredInputsTests {
    static let surrogateFit = "accel-nasbench/surrogate-fit"
    static let accuracyConfig = "accel-nasbench/configs/model_configs/gradient_boosting/xgb_configspace.json"
    /// A config whose ensemble (and nothing else) needs the accuracy XGBoost config.
    static let ensembleOnly = [
        #"targets=["train_time"]"#, "ensembleSize=2", "forestTrees=1", "resplitSeeds=[]", "maxRounds=5",
    ]

    static func surrogateFitType() throws -> any Experiment.Type {
        try #require(Registry.experiments.first { $0.info.id == surrogateFit })
    }

    @Test func surrogateFitDeclaresTheAccuracyConfigItsEnsembleReads() throws {
        let paths = try declaredPaths(Self.surrogateFitType(), scale: .smoke, overrides: Self.ensembleOnly)
        #expect(paths.contains(Self.accuracyConfig))
        #expect(Set(paths).count == paths.count, "an input is declared twice: \(paths)")
    }

    @Test func surrogateFitDeclaresTheAccuracyConfigItsResplitsRead() throws {
        let overrides = [#"targets=["train_time"]"#, "ensembleSize=0", "resplitSeeds=[1]"]
        let paths = try declaredPaths(Self.surrogateFitType(), scale: .smoke, overrides: overrides)
        #expect(paths.contains(Self.accuracyConfig))
    }

    @Test func surrogateFitLeavesOutTheAccuracyConfigWhenNothingFitsAccuracy() throws {
        let overrides = [#"targets=["train_time"]"#, "ensembleSize=0", "resplitSeeds=[]"]
        let paths = try declaredPaths(Self.surrogateFitType(), scale: .smoke, overrides: overrides)
        #expect(!paths.contains(Self.accuracyConfig))
        #expect(paths.contains("accel-nasbench/configs/model_configs/gradient_boosting/xgb_time_configspace.json"))
    }

    @Test func surrogateFitRunsWithTheEnsembleOnlyConfig() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("repro-declared-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let layout = ProjectLayout(root: SmokeRunTests.projectRoot, outputRoot: output)
        let runner = Runner(layout: layout, store: MemoryRunStore(), experiments: Registry.experiments, echoLevel: .error)
        let outcome = try runner.run(Self.surrogateFit, scale: .smoke, overrides: Self.ensembleOnly)
        #expect(outcome.record.status == .ok)
        #expect(outcome.record.inputs.map(\.path).contains(Self.accuracyConfig))
        #expect(outcome.record.numbers["accuracy_ensemble.r2"] != nil)
    }
}
