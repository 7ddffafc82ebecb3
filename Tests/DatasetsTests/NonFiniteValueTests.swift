import Diagnostics
import Foundation
import Testing

@testable import Datasets

/// CSV loaders share one number check (``FiniteNumber``): NaN and infinity, which
/// `Double(String)` accepts, are rejected with a one-line error naming file, line and column.
struct NonFiniteValueTests {
    static let nonFinite = ["nan", "NaN", "inf", "-inf", "infinity", "1e999"]

    @Test(arguments: nonFinite)
    func csvTableLoadersRejectNonFiniteNumbers(text: String) {
        let csv = "w,d,r,acc_pct,mem_MB,latency_s,note\n1,1,32,70,10,1.0,ok\n1,\(text),32,70,10,1.0,ok\n"
        #expect(throws: LoadError(file: "log.csv", line: 3, key: "d", reason: "not a finite number: '\(text)'")) {
            try NetworkScaling.LogSample.parse(Data(csv.utf8), file: "log.csv")
        }
        let classes = "model,lambda,i_dont_know,inline,apply\nridge,\(text),0.1,0.5,0.4\n"
        #expect(throws: LoadError(file: "c.csv", line: 2, key: "lambda", reason: "not a finite number: '\(text)'")) {
            try OCamlInlining.ClassDistribution.parse(Data(classes.utf8), file: "c.csv")
        }
    }

    @Test func notANumberIsStillItsOwnReason() {
        let csv = "graph,xfer_id,count,total_substitutions,total_locations\ng,1,2,3,4\n"
        #expect(throws: Never.self) { try XFLOWRL.ComplexityRow.parse(Data(csv.utf8), file: "g.csv") }
        let values = "figure,graph,method,value,unit,relative_to_original_pct\nf,g,m,abc,ms,\n"
        #expect(throws: LoadError(file: "v.csv", line: 2, key: "value", reason: "not a number: 'abc'")) {
            try XFLOWRL.FigureValue.parse(Data(values.utf8), file: "v.csv")
        }
    }

    @Test(arguments: nonFinite)
    func ablationRowsRejectNonFiniteNumbers(text: String) {
        var cells = ["0", "1", "2", "3", "\(text)", "90", "300", "5", "100"]
        cells += Array(repeating: "4", count: 7) + Array(repeating: "3", count: 7)
        cells += Array(repeating: "2", count: 7) + Array(repeating: "True", count: 7)
        let line = cells.joined(separator: ",")
        #expect(throws: LoadError(file: "a.csv", line: 1, key: "column 5", reason: "not a finite number: '\(text)'")) {
            try AccelNASBench.parseAblation(Data(line.utf8), fileName: "a.csv")
        }
    }

    @Test func durationsMustBeFinite() {
        #expect(OCamlInlining.seconds("8.087s") == 8.087)
        #expect(OCamlInlining.seconds("1m2.5s") == 62.5)
        for text in ["nans", "infs", "1e999s", "nanm", "infm1s"] {
            #expect(OCamlInlining.seconds(text) == nil, "\(text)")
        }
        let unified = "0,24.4s,24.7s\n1,nans,24.1s\n"
        #expect(throws: LoadError(file: "u.csv", line: 2, key: "[1]", reason: "not a duration: 'nans'")) {
            try OCamlInlining.parseAlmabenchUnified(Data(unified.utf8), file: "u.csv")
        }
    }

    @Test func jsonLoadersRejectOverflowingNumbers() {
        let line = #"{"run": 0, "id": 1, "overrides_sexp": "()", "num_decisions": 1e999, "num_inlined": 0, "raw_execution_time": []}"#
        #expect(throws: LoadError.self) {
            try OCamlInlining.parseAlmabenchRuns(Data(line.utf8), file: "runs.jsonl")
        }
        #expect(throws: LoadError.self) {
            try TRAILS.AnytimeRuns.parse(Data(#"{"sys_time_budget": [1e999], "sys_acc": [[0.5]]}"#.utf8), file: "a.json")
        }
    }
}
