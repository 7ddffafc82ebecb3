import Foundation
import Testing

@testable import Datasets

/// The forest and XGBoost settings share one ConfigSpace reader; these pin its messages.
struct AccelNASBenchSettingsTests {
    static func space(_ entries: String) -> Data {
        Data(#"{"name": "s", "hyperparameters": [\#(entries)]}"#.utf8)
    }

    static let forest = #"""
        {"name": "n_estimators", "type": "uniform_int", "default": 108},
        {"name": "min_samples_split", "type": "uniform_int", "default": 2},
        {"name": "min_samples_leaf", "type": "uniform_int", "default": 1},
        {"name": "max_features", "type": "uniform_float", "default": 0.5},
        {"name": "bootstrap", "type": "categorical", "default": false}
        """#

    func forestError(_ entries: String) -> String? {
        do {
            _ = try AccelNASBench.ForestSettings.parse(Self.space(entries), fileName: "f.json")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsForestDefaults() throws {
        let settings = try AccelNASBench.ForestSettings.parse(Self.space(Self.forest), fileName: "f.json")
        #expect(settings == AccelNASBench.ForestSettings(
            treeCount: 108, minSamplesSplit: 2, minSamplesLeaf: 1, maxFeatures: 0.5, bootstrap: false))
    }

    @Test func forestErrorsNameFileAndKey() {
        #expect(forestError(Self.forest.replacingOccurrences(of: "\"bootstrap\"", with: "\"bootstraps\""))
                == "f.json, key 'bootstrap': missing hyperparameter")
        #expect(forestError(Self.forest.replacingOccurrences(of: "\"default\": false", with: "\"default\": 1"))
                == "f.json, key 'bootstrap': default is not a boolean")
        #expect(forestError(Self.forest.replacingOccurrences(of: "\"default\": 0.5", with: "\"default\": \"sqrt\""))
                == "f.json, key 'max_features': default is not a number")
        #expect(forestError(Self.forest.replacingOccurrences(of: "\"default\": 108", with: "\"default\": 108.5"))
                == "f.json, key 'n_estimators': default 108.5 is not a whole number")
        #expect(forestError("{")?.hasPrefix("f.json, line 1: ") == true)
    }

    @Test func readsXGBoostConstantsAndPrefixedNames() throws {
        let entries = #"""
            {"name": "param:num_rounds", "type": "constant", "value": 20000},
            {"name": "early_stopping_rounds", "type": "constant", "value": 100},
            {"name": "param:booster", "type": "constant", "value": "gbtree"},
            {"name": "param:max_depth", "type": "uniform_int", "default": 18},
            {"name": "param:min_child_weight", "type": "uniform_int", "default": 86},
            {"name": "param:colsample_bytree", "type": "uniform_float", "default": 0.75},
            {"name": "param:colsample_bylevel", "type": "uniform_float", "default": 0.5},
            {"name": "param:lambda", "type": "uniform_float", "default": 0.25},
            {"name": "param:alpha", "type": "uniform_float", "default": 0.125},
            {"name": "param:learning_rate", "type": "uniform_float", "default": 0.0625}
            """#
        let settings = try AccelNASBench.XGBoostSettings.parse(Self.space(entries), fileName: "x.json")
        #expect(settings == AccelNASBench.XGBoostSettings(
            maxDepth: 18, minChildWeight: 86, colsampleByTree: 0.75, colsampleByLevel: 0.5, lambda: 0.25,
            alpha: 0.125, learningRate: 0.0625, numRounds: 20000, earlyStoppingRounds: 100))
        do {
            let missing = entries.replacingOccurrences(of: "param:alpha", with: "param:beta")
            _ = try AccelNASBench.XGBoostSettings.parse(Self.space(missing), fileName: "x.json")
            Issue.record("expected a missing-hyperparameter error")
        } catch {
            #expect(error.description == "x.json, key 'alpha': missing hyperparameter")
        }
    }

    @Test func targetWithoutConfigIsAnError() {
        do {
            _ = try AccelNASBench.ForestSettings.configPath(for: .trainTime)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".hasSuffix("no tuned random-forest config for this target"))
        }
        do {
            _ = try AccelNASBench.XGBoostSettings.configPath(for: .top5Accuracy)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".hasSuffix("no tuned XGBoost config for this target"))
        }
    }

    @Test func configPathsNameTheTunedFiles() throws {
        #expect(try AccelNASBench.XGBoostSettings.configPath(for: .accuracy)
            == "accel-nasbench/configs/model_configs/gradient_boosting/xgb_configspace.json")
        #expect(try AccelNASBench.ForestSettings.configPath(for: .throughput(.a100))
            == "accel-nasbench/configs/model_configs/random_forest/sklearn_forest_accel_a100_throughput_configspace.json")
    }

    @Test func settingsLoadFromTheFileTheyAreGiven() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("anb-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("any-name.json")
        let entries = """
            {"name": "param:n_estimators", "default": 7}, {"name": "param:min_samples_split", "default": 2},
            {"name": "param:min_samples_leaf", "default": 1}, {"name": "param:max_features", "default": 0.5},
            {"name": "param:bootstrap", "default": false}
            """
        try Self.space(entries).write(to: file)
        let settings = try AccelNASBench.ForestSettings.load(from: file)
        #expect(settings == AccelNASBench.ForestSettings(
            treeCount: 7, minSamplesSplit: 2, minSamplesLeaf: 1, maxFeatures: 0.5, bootstrap: false))
        do {
            _ = try AccelNASBench.ForestSettings.load(from: folder.appendingPathComponent("absent.json"))
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("absent.json"))
        }
    }
}
