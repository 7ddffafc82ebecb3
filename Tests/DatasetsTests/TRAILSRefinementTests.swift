import Diagnostics
import Foundation
import Testing

@testable import Datasets

struct TRAILSRefinementSyntheticTests {
    @Test func allZeroFileLoadsWithAWarningAndNothingToPlot() throws {
        let text = #"{"sh": {"time_used": [[1, 2], [1, 2]], "acc_reached": [[0, 0], [0, 0]]},"#
            + #" "sr": {"time_used": [[1, 2]], "acc_reached": [[0, 0]]}}"#
        let benchmark = try TRAILS.RefinementBenchmark.parse(TRAILSTestData.data(text), file: "micro_phase2_x")
        #expect(benchmark.warnings == [.allZero(file: "micro_phase2_x")])
        #expect(!benchmark.isPlottable)
        #expect(benchmark.traces.allSatisfy { $0.band().isEmpty })
        #expect(benchmark.warnings[0].description.contains("every value is 0"))
        #expect(!benchmark.warnings[0].description.contains("\n"))
    }

    @Test func failedRunsAreDroppedAndReported() throws {
        let text = #"{"uniform": {"time_used": [[1, 10], [1, 10], [1, 10]],"#
            + #" "acc_reached": [[0, 0.5], [0, 0], [0, 0.7]]}}"#
        let benchmark = try TRAILS.RefinementBenchmark.parse(TRAILSTestData.data(text), file: "f")
        #expect(benchmark.warnings == [.failedRuns(file: "f", method: "uniform", failed: 1, total: 3)])
        let trace = try #require(benchmark.trace(.uniform))
        #expect(trace.failedRuns == [1])
        let columns = trace.feasibleColumns()
        #expect(columns.count == 1, "the budget where no run is feasible is dropped")
        #expect(columns[0].budget == 10)
        #expect(columns[0].values == [0.5, 0.7])
        #expect(columns[0].runs == 2)
        let band = trace.band()
        #expect(abs(band[0].mean - 0.6) < 1e-12)
        #expect(abs(band[0].lower - 0.55) < 1e-12)
        #expect(trace.firstFeasibleBudget == 10)
    }

    @Test func methodsComeInThePapersOrder() throws {
        let row = #"{"time_used": [[1]], "acc_reached": [[1]]}"#
        let text = "{\"sh\": \(row), \"uniform\": \(row), \"sr\": \(row)}"
        let benchmark = try TRAILS.RefinementBenchmark.parse(TRAILSTestData.data(text), file: "f")
        #expect(benchmark.traces.map(\.method) == [.uniform, .successiveRejects, .successiveHalving])
        #expect(benchmark.traces.map(\.method.displayName) == ["UNIFORM", "SUCCREJCT", "SUCCHALF"])
    }

    @Test func malformedFilesGiveOneLineErrorsWithTheKey() {
        let cases: [(String, String)] = [
            (#"{"sh": {"time_used": [[1, 2]], "acc_reached": [[1]]}}"#, "sh.acc_reached"),
            (#"{"sh": {"time_used": [[1, "x"]], "acc_reached": [[1, 2]]}}"#, "sh.time_used[0][1]"),
            (#"{"hb": {"time_used": [[1]], "acc_reached": [[1]]}}"#, "hb"),
            (#"{"sh": {"time_used": [[1]]}}"#, "sh"),
        ]
        for (text, key) in cases {
            do {
                _ = try TRAILS.RefinementBenchmark.parse(TRAILSTestData.data(text), file: "bad.json")
                Issue.record("expected an error for \(text)")
            } catch let error as LoadError {
                #expect(error.place == "key '\(key)'")
                #expect(error.description.hasPrefix("bad.json, key '\(key)':"))
                #expect(!error.description.contains("\n"))
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
        #expect(throws: LoadError.self) {
            try TRAILS.RefinementBenchmark.parse(TRAILSTestData.data("{not json"), file: "bad.json")
        }
    }
}

@Suite(.enabled(if: TRAILSTestData.available, "TRAILS data not found"))
struct TRAILSRefinementFileTests {
    @Test func frappeShPlateausAndOthersBecomeFeasibleLater() throws {
        let benchmark = try TRAILS.RefinementBenchmark.load(TRAILSTestData.url(TRAILS.refinementBenchmarkPath(.frappe)))
        #expect(benchmark.warnings.isEmpty)
        let sh = try #require(benchmark.trace(.successiveHalving))
        #expect(sh.runCount == 100)
        #expect(sh.band().count == 12)
        let uniform = try #require(benchmark.trace(.uniform)).band()
        #expect(uniform.count == 7)
        // numpy: a = acc_reached of "uniform", column 5: a.mean(), np.quantile(a, .25)
        #expect(abs(uniform[0].mean - 0.9792844233854373) < 1e-12)
        #expect(abs(uniform[0].lower - 0.9788611991858971) < 1e-12)
        #expect(try #require(benchmark.trace(.successiveRejects)).band().count == 3)
    }

    @Test func criteoKeepsItsTwentyFiveCompletedRuns() throws {
        let benchmark = try TRAILS.RefinementBenchmark.load(TRAILSTestData.url(TRAILS.refinementBenchmarkPath(.criteo)))
        #expect(benchmark.isPlottable)
        #expect(benchmark.completedRuns == 25)
        #expect(benchmark.warnings.count == 3)
        #expect(benchmark.warnings.contains(.failedRuns(file: "micro_phase2_criteo", method: "sh", failed: 75, total: 100)))
        let sh = try #require(benchmark.trace(.successiveHalving)).band()
        #expect(sh.first?.count == 25)
        // numpy: rows 0..24 of sh.acc_reached, column 4, mean
        #expect(abs((sh.first?.mean ?? 0) - 0.8031812895538571) < 1e-12)
    }

    @Test func cifar10BandMatchesNumPy() throws {
        let benchmark = try TRAILS.RefinementBenchmark.load(TRAILSTestData.url(TRAILS.refinementBenchmarkPath(.cifar10)))
        let sh = try #require(benchmark.trace(.successiveHalving)).band()
        let point = try #require(sh.first { abs($0.x - 5.195281590489452) < 1e-9 })
        // numpy on column 3 of sh.acc_reached: mean, median, quantile .25 and .75
        #expect(abs(point.mean - 94.06411666666665) < 1e-9)
        #expect(abs(point.median - 94.05666666666667) < 1e-9)
        #expect(abs(point.lower - 93.94916666666666) < 1e-9)
        #expect(abs(point.upper - 94.195) < 1e-9)
    }

    @Test func historicalFileHasPerMethodBudgets() throws {
        let benchmark = try TRAILS.RefinementBenchmark.load(
            TRAILSTestData.url(TRAILS.historicalRefinementBenchmarkPath(.cifar10)))
        #expect(benchmark.traces.allSatisfy { $0.runCount == 50 && $0.band().count == 31 })
        #expect(benchmark.trace(.uniform)?.firstFeasibleBudget ?? 0 < benchmark.trace(.successiveRejects)?.firstFeasibleBudget ?? 0)
    }
}
