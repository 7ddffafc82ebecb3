import Diagnostics
import Foundation
import Testing

@testable import Datasets

@Suite(.enabled(if: TRAILSTestData.available, "TRAILS data not found"))
struct TRAILSOtherFilesTests {
    @Test func nkFilesHaveFourBudgetsOfNineSettings() throws {
        for dataset in [TRAILS.Dataset.frappe, .criteo, .cifar10, .imageNet16] {
            let nk = try TRAILS.NKTradeoff.load(TRAILSTestData.url(TRAILS.nkTradeoffPath(dataset)))
            #expect(nk.budgets.map(\.minutes) == [4, 8, 16, 32])
            #expect(nk.settingCount == 9)
        }
        #expect(throws: LoadError.self) {
            try TRAILS.NKTradeoff.parse(TRAILSTestData.data(#"{"soon": [[1]]}"#), file: "nk")
        }
    }

    @Test func filterScalingHalvesWithEachDoubling() throws {
        let scaling = try TRAILS.FilterScaling.load(TRAILSTestData.url(TRAILS.filterScalePath))
        #expect(scaling.settings.map(\.cpus) == [1, 2, 4, 8])
        #expect(scaling.settings.allSatisfy { $0.elapsed.count == 20 && $0.modelsPerRun == 1000 })
        // numpy: mean over runs of the last elapsed value, per setting
        let expected = [221.9021663069725, 112.408553814888, 57.12683360576629, 29.484025025367735]
        for (setting, value) in zip(scaling.settings, expected) {
            #expect(abs(setting.meanTotalSeconds - value) < 1e-9)
        }
    }

    @Test func filteringLatencyTracks() throws {
        let trace = try TRAILS.FilteringLatency.load(TRAILSTestData.url(
            "trails/exp_result/efficiency/exp_result_sever_cache_sql_b64/time_score_mlp_sp_frappe_batch_size_64_cpu_jacflow.json"))
        #expect(trace.modelCount == 5000)
        #expect(trace.modelIDs.isEmpty)
        // numpy: np.mean(track_compute)
        #expect(abs((trace.meanPerModel("compute") ?? 0) - 0.028245612382888793) < 1e-12)
        let scale = try TRAILS.FilteringLatency.load(TRAILSTestData.url(TRAILS.criteoFilteringTimesPath))
        #expect(scale.modelIDs.count == 10_000)
    }

    @Test func scoreTablesOfBothShapes() throws {
        let knas = try TRAILS.ScoreTable.load(TRAILSTestData.url(TRAILS.knasScoresPath(.criteo)))
        #expect(knas.entries.count == 101)
        #expect(knas.metrics == ["knas"])
        let sharing = try TRAILS.ScoreTable.parse(TRAILSTestData.data(#"{"8-8-8-8": 0.5, "16-8-8-8": 0.25}"#), file: "ws")
        #expect(sharing.entries.map(\.architecture) == ["16-8-8-8", "8-8-8-8"])
        #expect(sharing.scores("score")["8-8-8-8"] == 0.5)
    }
}
