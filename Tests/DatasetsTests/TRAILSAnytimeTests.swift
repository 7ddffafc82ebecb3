import Diagnostics
import Foundation
import Testing

@testable import Datasets

struct TRAILSAnytimeSyntheticTests {
    @Test func sharedAndPerRunBudgetsBothLoad() throws {
        let shared = try TRAILS.AnytimeRuns.parse(
            TRAILSTestData.data(#"{"sys_time_budget": [1, 10], "sys_acc": [[0.5, 0.6], [0.7, 0.8]]}"#), file: "a")
        #expect(shared.sharesBudgets)
        #expect(shared.columns == [[0.5, 0.7], [0.6, 0.8]])
        let band = shared.band()
        #expect(band.map(\.x) == [1, 10])
        #expect(abs(band[1].mean - 0.7) < 1e-12)
        let perRun = try TRAILS.AnytimeRuns.parse(
            TRAILSTestData.data(#"{"baseline_time_budget": [[1, 2], [3]], "baseline_acc": [[0.1, 0.2], [0.3]]}"#), file: "b")
        #expect(!perRun.sharesBudgets)
        #expect(perRun.runs[1] == TRAILS.AnytimeRun(times: [3], values: [0.3]))
        #expect(throws: LoadError.self) {
            try TRAILS.AnytimeRuns.parse(TRAILSTestData.data(#"{"sys_time_budget": [1, 2], "sys_acc": [[1]]}"#), file: "c")
        }
    }

    @Test func timeToReachInterpolatesInLogTime() throws {
        // Crossing 0.75 halfway between (1, 0.5) and (100, 1.0): exp(0.5·ln 100) = 10.
        let time = try #require(TRAILS.AnytimeComparison.timeToReach(0.75, times: [1, 100], values: [0.5, 1.0]))
        #expect(abs(time - 10) < 1e-9)
        #expect(TRAILS.AnytimeComparison.timeToReach(0.4, times: [2, 100], values: [0.5, 1.0]) == 2)
        #expect(TRAILS.AnytimeComparison.timeToReach(2, times: [1, 100], values: [0.5, 1.0]) == nil)
    }

    @Test func speedUpComparesTimesToTheSlowCurvesFinalValue() throws {
        func points(_ xs: [Double], _ ys: [Double]) -> [TRAILS.BandPoint] {
            zip(xs, ys).compactMap { TRAILS.BandPoint(x: $0, values: [$1]) }
        }
        // slow reaches its final 0.9 at t = 100; fast reaches 0.9 at t = 10 (exactly a point).
        let slow = points([10, 100], [0.5, 0.9])
        let fast = points([1, 10, 100], [0.8, 0.9, 0.95])
        let speedUp = try #require(TRAILS.AnytimeComparison.speedUp(fast: fast, slow: slow, statistic: \.median))
        #expect(abs(speedUp - 10) < 1e-9)
    }
}

struct TRAILSAnytimeFileTests {
    @Test func endToEndFilesLoad() throws {
        try #require(TRAILSTestData.available, "TRAILS data missing under \(TRAILSTestData.root.path) (run `make data`)")
        let criteo = try TRAILS.AnytimeRuns.load(TRAILSTestData.url("trails/exp_result/jacflow/res_end_2_end_criteo_100_12.json"))
        #expect(criteo.runs.count == 50)
        #expect(criteo.sharesBudgets)
        #expect(criteo.band().count == 12)
        let baseline = try TRAILS.AnytimeRuns.load(TRAILSTestData.url(
            "trails/history/exps__main_sigmod__analysis__result__res_train_base_line_uci_diabetes_epoch_4.json"))
        #expect(baseline.runs.count == 1)
        #expect(baseline.runs[0].times.count == 2500)
    }

    @Test func imageAnytimeAndTrainingBasedFilesLoad() throws {
        try #require(TRAILSTestData.available, "TRAILS data missing under \(TRAILSTestData.root.path) (run `make data`)")
        let image = try TRAILS.ImageAnytime.load(TRAILSTestData.url(TRAILS.imageAnytimePath(.cifar10)))
        #expect(image.twoPhase.runs.count == 100)
        #expect(image.twoPhase.runs[0].times.count == 90)
        #expect(image.phaseOneOnly.runs.count == 100)
        #expect(image.trainingTimes.count == 144)
        #expect(zip(image.trainingLow, image.trainingHigh).allSatisfy { $0 <= $1 })
        let re = try TRAILS.AnytimeRuns.load(TRAILSTestData.url(TRAILS.trainingBasedPath(.cifar10)))
        #expect(re.runs.count == 50)
        #expect(re.runs[0].times.count == 1000)
        // Regularized evolution stores each run's own budgets (`sys_time_budget[run][i]`): they
        // differ between runs, rise within a run, and the best accuracy found never drops.
        #expect(!re.sharesBudgets)
        #expect(re.runs[0].times != re.runs[1].times)
        for run in re.runs {
            #expect(zip(run.times, run.times.dropFirst()).allSatisfy { $0 < $1 })
            #expect(zip(run.values, run.values.dropFirst()).allSatisfy { $0 <= $1 })
        }
    }
}
