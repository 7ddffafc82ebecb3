import Diagnostics
import Foundation
import Testing

@testable import Datasets

@Suite(.enabled(if: TRAILSTestData.available, "TRAILS data not found"))
struct TRAILSConstantsTests {
    static func constants() throws -> TRAILS.ScriptConstants {
        try TRAILS.ScriptConstants.load(TRAILSTestData.url(TRAILS.scriptConstantsPath))
    }

    @Test func roundCountIsFloorOfLogEta() throws {
        let constants = try Self.constants()
        #expect(constants.eta == 3)
        #expect([1, 2, 3, 8, 9, 10, 26, 27, 40].map(constants.roundCount(for:)) == [0, 0, 1, 1, 2, 2, 2, 3, 3])
    }

    @Test func placementLatencyFollowsTheScriptFormula() throws {
        let constants = try Self.constants()
        // By hand: 1500 · 0.6824370454545454 + 10 · 1 · 422 · ⌊log3 10⌋ (= 2)
        let cpu = try constants.placementLatency(.criteo, filterOn: .cpu, refineOn: .cpu)
        #expect(abs(cpu - 9463.655568181817) < 1e-6)
        let hybrid = try constants.placementLatency(.criteo, filterOn: .cpu, refineOn: .gpu)
        #expect(abs(hybrid - (1500 * 0.6824370454545454 + 10 * 125 * 2)) < 1e-6)
    }

    @Test func gpuReductionAndWorkloads() throws {
        let constants = try Self.constants()
        // 3299.0397362709045 min · 60 / 6750 s
        #expect(abs(try constants.gpuTimeReduction(.criteo) - 29.324797655741374) < 1e-9)
        // 500 · t1_cpu + 5 · 125 · ⌊log3 5⌋ + 12.259164810180664
        #expect(abs(try constants.workloadLatency(models: 500, candidates: 5, inDatabase: true) - 978.4776875374534) < 1e-6)
        #expect(constants.workloads == [[500, 5], [1000, 10], [2000, 20], [4000, 40]])
        #expect(constants.maxEpochs["uci_diabetes"] == 40)
        #expect(constants.groundTruthEpoch["frappe"] == 13)
        #expect(constants.imageGlobalBest?["cifar10"] == 94.3)
    }

    @Test func missingKeysAreNamed() throws {
        let broken = #"{"score_one_model_time_s": {"cpu": {}, "gpu": {}}}"#
        do {
            _ = try TRAILS.ScriptConstants.parse(TRAILSTestData.data(broken), file: "script_constants.json")
            Issue.record("expected an error")
        } catch let error as LoadError {
            #expect(error.description.hasPrefix("script_constants.json: missing key"))
            #expect(!error.description.contains("\n"))
        }
        let constants = try Self.constants()
        #expect(throws: TRAILS.MissingConstant.self) { try constants.scoringSeconds(.cifar10, on: .cpu) }
        #expect(TRAILS.MissingConstant(key: "a.b").line == "script_constants.json, key 'a.b': missing")
    }
}
