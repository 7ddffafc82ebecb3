import Foundation
import Harness
import Testing

@Suite struct ClaimTests {
    let claim = Claim(key: "auc", claim: "Final AUC", paper: 0.98, tolerance: 0.01, where: "Fig. 6")

    @Test func withinTolerancePasses() {
        #expect(claim.judge(numbers: ["auc": 0.985], scale: .paper).verdict == .pass)
        #expect(claim.judge(numbers: ["auc": 0.99], scale: .paper).verdict == .pass)
    }

    @Test func outsideToleranceMissesWithExplanation() {
        let verdict = claim.judge(numbers: ["auc": 0.95], scale: .paper)
        #expect(verdict.verdict == .miss)
        #expect(verdict.explanation.contains("0.95"))
        #expect(abs((verdict.delta ?? 0) + 0.03) < 1e-12)
    }

    @Test func smokeScaleIsNotJudged() {
        #expect(claim.judge(numbers: ["auc": 0.5], scale: .smoke).verdict == .notJudged)
    }

    @Test func missingNumberMissesAtPaperScale() {
        #expect(claim.judge(numbers: [:], scale: .paper).verdict == .miss)
        #expect(claim.judge(numbers: nil, scale: nil).verdict == .notRun)
    }

    @Test func oneSidedComparisons() {
        let atLeast = Claim(key: "r2", claim: "R²", paper: 0.975, comparison: .atLeast, where: "README")
        #expect(atLeast.judge(numbers: ["r2": 0.99], scale: .paper).verdict == .pass)
        #expect(atLeast.judge(numbers: ["r2": 0.97], scale: .paper).verdict == .miss)
        let atMost = Claim(key: "mae", claim: "MAE", paper: 0.35, comparison: .atMost, where: "README")
        #expect(atMost.judge(numbers: ["mae": 0.3], scale: .paper).verdict == .pass)
        #expect(atMost.judge(numbers: ["mae": 0.4], scale: .paper).verdict == .miss)
    }

    @Test func relativeTolerance() {
        let relative = Claim(key: "x", claim: "x", paper: 200, relativeTolerance: 0.05, where: "Table 1")
        #expect(relative.judge(numbers: ["x": 209], scale: .paper).verdict == .pass)
        #expect(relative.judge(numbers: ["x": 211], scale: .paper).verdict == .miss)
    }

    @Test func notReproducibleIsShownWithReason() {
        let claim = Claim(key: "acc", claim: "Accuracy", paper: 66.6, where: "README", notReproducible: "needs CIFAR-100 training")
        let verdict = claim.judge(numbers: ["x": 1], scale: .paper)
        #expect(verdict.verdict == .notReproducible)
        #expect(verdict.explanation == "needs CIFAR-100 training")
    }

    @Test func claimFileRejectsClaimWithoutValueOrReason() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claims-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try #"{"claims": [{"key": "a", "claim": "A", "where": "Fig. 1"}]}"#.write(to: url, atomically: true, encoding: .utf8)
        #expect { try ClaimFile.load(from: url) } throws: { "\($0)".contains("claims[0]") && "\($0)".contains(url.path) }
    }

    @Test func claimFileReportsTruncatedJSON() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claims-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try #"{"claims": [{"key": "a", "#.write(to: url, atomically: true, encoding: .utf8)
        #expect { try ClaimFile.load(from: url) } throws: { "\($0)".contains(url.path) && "\($0)".contains("invalid JSON") }
    }

    @Test func verificationTableListsEveryClaim() throws {
        let project = try TemporaryProject(claims: """
            {"claims": [{"key": "sum", "claim": "Sum", "paper": 18, "where": "Table 1", "evidence": "recomputed", "source": "paper"},
                        {"key": "other", "claim": "Other", "paper": 1, "where": "Table 1", "not_reproducible": "no data",
                         "evidence": "recomputed", "source": "paper"}]}
            """)
        defer { project.remove() }
        let store = MemoryRunStore()
        let runner = project.runner(store: store)
        try runner.run("toy/echo", scale: .paper)
        let verification = try Verification.judge([EchoExperiment.self], store: store, layout: project.layout)
        #expect(verification.rows.map(\.verdict.verdict) == [.pass, .notReproducible])
        #expect(!verification.hasMiss)
        let text = verification.text()
        #expect(text.contains("toy/echo | recomputed | Sum"))
        #expect(text.contains("not reproducible here (no data)"))
        try runner.run("toy/echo", scale: .paper, overrides: ["scaleFactor=2"])
        #expect(try Verification.judge([EchoExperiment.self], store: store, layout: project.layout).hasMiss)
    }
}
