import Foundation
import Testing

@testable import Datasets

@Suite(.enabled(if: SmallPapersTestData.has(OCamlInlining.benchmarkTimesPath), "fyp-inlining data not found"))
struct OCamlInliningLoaderTests {
    func url(_ path: String) -> URL { SmallPapersTestData.url(path) }

    @Test func loadsBenchmarkResults() throws {
        let results = try OCamlInlining.loadBenchmarkResults(from: url(OCamlInlining.benchmarkTimesPath))
        #expect(results.count == 10_788)
        let first = try #require(results.first)
        #expect(first.benchmark == "almabench" && first.rows[0].times == [10.849, 10.733, 10.846])
        // Some long runs print minutes, e.g. "1.066m".
        #expect(results.contains { $0.allTimes.contains { $0 > 60 } })
    }

    @Test func loadsExplorationTimes() throws {
        let times = try OCamlInlining.loadExplorationTimes(from: url(OCamlInlining.explorationTimesPath))
        #expect(times[.simulatedAnnealing]?.execTimes.count == 12)
        #expect(times[.randomWalk]?.initialExecTimes["bdd"]?.isEmpty == true)
        #expect(times[.all]?.execTimes["bdd"]?.count == 10_205)
    }

    @Test func loadsRewardsAndStepTimes() throws {
        let rewards = try OCamlInlining.loadLearntRewards(from: url(OCamlInlining.rewardsPath))
        #expect(rewards.count == 72)
        #expect(rewards[0].rewards[2].inlineImmediate == nil && rewards[0].rewards[2].noInline == 0)
        let steps = try OCamlInlining.StepTime.load(from: url(OCamlInlining.stepTimesPath))
        #expect(steps.count == 28_957)
        #expect(steps[0].stepPath == "initial/0" && steps[0].seconds == 10.7388)
    }

    @Test func loadsSideLogs() throws {
        let logs = try OCamlInlining.loadAlphaSearchLogs(from: url(OCamlInlining.lassoLogsPath))
        #expect(logs.count == 36 && logs[0].steps[0].alpha == 0.00048828125)
        #expect(try OCamlInlining.ROCRow.load(from: url(OCamlInlining.rocPath)).count == 19)
        #expect(try OCamlInlining.ClassDistribution.load(from: url(OCamlInlining.classDistributionPath)).count == 24)
        #expect(try OCamlInlining.loadImportantLogs(from: url(OCamlInlining.importantLogsPath)).count == 11)
        let runs = try OCamlInlining.loadAlmabenchRuns(from: url(OCamlInlining.almabenchRunsPath))
        #expect(runs.count == 208 && runs[0].times.count == 10 && runs[0].numInlined == 5)
        let unified = try OCamlInlining.loadAlmabenchUnified(from: url(OCamlInlining.almabenchUnifiedPath))
        #expect(unified.count == 16 && unified[0].times.count == 13)
    }
}

struct OCamlInliningErrorTests {
    static let line = #"{"path":"p","benchmark":"b","group":"g","config":"c","rows":[{"worker":"w","decisions":"d","rundir":"r","times":["8.0s","1.5m"]}]}"#

    @Test func durationsParse() {
        #expect(OCamlInlining.seconds("8.087s") == 8.087)
        #expect(OCamlInlining.seconds("1.5m") == 90)
        #expect(OCamlInlining.seconds("1m2.5s") == 62.5)
        #expect(OCamlInlining.seconds("fast") == nil)
    }

    @Test func truncatedLineNamesFileAndLine() {
        let text = [Self.line, Self.line, Self.line].joined(separator: "\n")
        #expect(SmallPapersTestData.message {
            _ = try OCamlInlining.parseBenchmarkResults(SmallPapersTestData.truncated(text, lines: 3), file: "t.jsonl")
        } == "t.jsonl, line 3: malformed JSON (truncated line?)")
    }

    @Test func missingFieldAndBadTimeNameKey() {
        let missing = Self.line.replacingOccurrences(of: #""rundir":"r","#, with: "")
        #expect(SmallPapersTestData.message {
            _ = try OCamlInlining.parseBenchmarkResults(Data([Self.line, missing].joined(separator: "\n").utf8), file: "t.jsonl")
        } == "t.jsonl, line 2, key 'rows[0].rundir': missing key")
        let badTime = Self.line.replacingOccurrences(of: "1.5m", with: "soon")
        #expect(SmallPapersTestData.message {
            _ = try OCamlInlining.parseBenchmarkResults(Data(badTime.utf8), file: "t.jsonl")
        } == "t.jsonl, line 1, key 'rows[0].times[1]': not a duration: 'soon'")
    }

    @Test func rewardRowsNeedThreeValues() {
        let line = #"{"model":"m","benchmark":"b","fields":["inline_immediate","inline_long_term","no_inline"],"rewards":[[0,1,null],[1,2]]}"#
        #expect(SmallPapersTestData.message {
            _ = try OCamlInlining.parseLearntRewards(Data(line.utf8), file: "r.jsonl")
        } == "r.jsonl, line 1, key 'rewards[1]': expected 3 values, found 2")
    }

    @Test func csvLoadersReportLines() {
        let header = "benchmark,rundir,step_path,worker,exec_time_s"
        #expect(SmallPapersTestData.message {
            _ = try OCamlInlining.StepTime.parse(Data([header, "a,r,initial/0,w,1.0", "a,r,1/0"].joined(separator: "\n").utf8), file: "s.csv")
        } == "s.csv, line 3: expected 5 fields, found 3 (truncated line?)")
        #expect(SmallPapersTestData.message {
            _ = try OCamlInlining.StepTime.parse(Data([header, "a,r,initial/0,w,"].joined(separator: "\n").utf8), file: "s.csv")
        } == "s.csv, line 2, key 'exec_time_s': missing value")
        #expect(SmallPapersTestData.message {
            _ = try OCamlInlining.parseAlmabenchUnified(Data("0,1s,2s\n1,1s".utf8), file: "u.csv")
        } == "u.csv, line 2: expected 3 fields, found 2 (truncated line?)")
    }
}
