import Harness
import Testing

@Suite struct ClaimAuditTests {
    func claim(
        paper: Double, tolerance: Double? = nil, relative: Double? = nil, comparison: Claim.Comparison? = nil,
        unit: String? = nil, key: String = "x", basis: ToleranceBasis? = .dataDifference,
        evidence: Evidence = .recomputed, source: SourceKind = .paper
    ) -> Claim {
        Claim(key: key, claim: key, paper: paper, tolerance: tolerance, relativeTolerance: relative,
              comparison: comparison, unit: unit, where: "Table 1", why: "stated", evidence: evidence,
              source: source, basis: basis)
    }

    @Test func soundClaimHasNoProblems() {
        #expect(ClaimAudit.problems(of: claim(paper: 0.98, tolerance: 0.005, basis: .printedPrecision)).isEmpty)
    }

    @Test func judgedClaimNeedsABasis() {
        #expect(!ClaimAudit.problems(of: claim(paper: 1, tolerance: 0.1, basis: nil)).isEmpty)
    }

    @Test func oneSidedBoundReachingZeroCannotFail() {
        #expect(!ClaimAudit.problems(of: claim(paper: 2, tolerance: 2, comparison: .atLeast)).isEmpty)
        #expect(ClaimAudit.problems(of: claim(paper: 2, tolerance: 1.5, comparison: .atLeast)).isEmpty)
        #expect(!ClaimAudit.problems(of: claim(paper: -1, tolerance: 1.5, comparison: .atMost)).isEmpty)
    }

    @Test func wideRelativeToleranceIsRejected() {
        #expect(!ClaimAudit.problems(of: claim(paper: 10, relative: 0.5)).isEmpty)
        #expect(ClaimAudit.problems(of: claim(paper: 10, relative: 0.2)).isEmpty)
    }

    @Test func correlationBandAdmittingZeroIsRejected() {
        #expect(!ClaimAudit.problems(of: claim(paper: 0.45, tolerance: 0.5, key: "frappe.srcc")).isEmpty)
        #expect(ClaimAudit.problems(of: claim(paper: 0.45, tolerance: 0.2, key: "frappe.srcc")).isEmpty)
        #expect(ClaimAudit.problems(of: claim(paper: 0.2, tolerance: 0.3, key: "frappe.srcc")).isEmpty)
    }

    @Test func decadeWideLogBandIsRejected() {
        #expect(!ClaimAudit.problems(of: claim(paper: 1.5, tolerance: 1, unit: "log10 s")).isEmpty)
        #expect(ClaimAudit.problems(of: claim(paper: 1.5, tolerance: 0.3, unit: "log10 s")).isEmpty)
    }

    @Test func exactBasisMeansNoTolerance() {
        #expect(!ClaimAudit.problems(of: claim(paper: 5125, tolerance: 100, basis: .exact)).isEmpty)
        #expect(ClaimAudit.problems(of: claim(paper: 5125, basis: .exact)).isEmpty)
    }

    @Test func barsAreOursAndOnlyBarsAre() {
        #expect(!ClaimAudit.problems(of: claim(paper: 1, basis: .exact, evidence: .bar, source: .paper)).isEmpty)
        #expect(!ClaimAudit.problems(of: claim(paper: 1, basis: .exact, evidence: .replot, source: .ours)).isEmpty)
        #expect(ClaimAudit.problems(of: claim(paper: 1, basis: .exact, evidence: .bar, source: .ours)).isEmpty)
    }

    @Test func notReproducibleClaimNeedsNoBasis() {
        var notHere = claim(paper: 1, basis: nil)
        notHere.notReproducible = "needs a GPU"
        #expect(ClaimAudit.problems(of: notHere).isEmpty)
    }
}
