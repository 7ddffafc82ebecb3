import Plot

extension ExperimentPage {
    /// The claims: the headline by evidence, then one table per run (the experiment and
    /// each variant, labelled), the paper's numbers next to ours with misses explained.
    var claimsSection: Node<HTML.BodyContext> {
        let claims = family.claims
        guard !claims.isEmpty else {
            return section("claims", "Claims", [.p(.class("muted"), "This experiment declares no numeric claims.")])
        }
        var body: [Node<HTML.BodyContext>] = [Components.evidenceHeadline(SiteSummary(experiments: family.members))]
        for member in family.members {
            if family.hasVariants {
                body.append(.h3(.id(sectionID("claims", member) + "-run"), .safe("\(member.displayVariant) (\(member.id))")))
            }
            body.append(contentsOf: table(of: member))
        }
        return section("claims", "Claims", body)
    }

    private func table(of member: SiteExperiment) -> [Node<HTML.BodyContext>] {
        let claims = member.claims
        guard !claims.isEmpty else { return [.p(.class("muted"), "This run declares no numeric claims.")] }
        let s = SiteSummary(experiments: [member])
        var counts = ["\(s.pass) pass", "\(s.miss) miss"]
        if s.notJudged > 0 { counts.append("\(s.notJudged) not judged (smoke scale)") }
        if s.notReproducible > 0 { counts.append("\(s.notReproducible) not reproducible here") }
        if s.notRun > 0 { counts.append("\(s.notRun) not run") }
        return [
            .p(.safe("\(s.claims) claim\(s.claims == 1 ? "" : "s"): " + counts.joined(separator: ", ") + ".")),
            .div(.class("table-wrap"), .table(
                .class("stack claims"),
                .thead(.tr(
                    .th("Claim"), .th("Evidence"), .th("Paper"), .th("Source"), .th("Reproduced"),
                    .th("Tolerance (basis)"), .th("Delta"), .th("Verdict")
                )),
                .tbody(.group(claims.map(row)))
            )),
        ]
    }

    private func row(_ claim: SiteClaim) -> Node<HTML.TableContext> {
        let reproduced = claim.reproducedValue.map { SiteFormat.number($0, unit: claim.unit, decimals: claim.decimals) } ?? "—"
        let delta = claim.delta.map(SiteFormat.delta) ?? "—"
        var explanation: Node<HTML.BodyContext> = .empty
        if let text = claim.explanation, !text.isEmpty {
            let css = claim.verdict == .notReproducible ? "explain nr" : "explain"
            let lead = claim.verdict == .notReproducible ? "Why: " : (claim.verdict == .miss ? "Why it misses: " : "")
            explanation = .span(.class(css), .safe(lead + text))
        } else if claim.verdict == .miss {
            explanation = .span(.class("explain"), "No explanation recorded for this miss.")
        }
        let paper = claim.paperValue.isNaN ? "—" : SiteFormat.number(claim.paperValue, unit: claim.unit, decimals: claim.decimals)
        return .tr(
            .class("claim-\(claim.evidence.rawValue)"),
            .td(.safe(claim.description), .br(), .code(.safe(claim.key))),
            .td(.attr("data-label", "Evidence"), .span(.class("evidence evidence-\(claim.evidence.rawValue)"), .safe(claim.evidence.label))),
            .td(.class("num"), .attr("data-label", "Paper"), .safe(paper)),
            .td(.attr("data-label", "Source"), .span(.class("source source-\(claim.sourceKind.rawValue)"), .safe(claim.sourceKind.describe(claim.location)))),
            .td(.class("num"), .attr("data-label", "Reproduced"), .safe(reproduced)),
            .td(.class("num"), .attr("data-label", "Tolerance"), .safe(claim.tolerance.isEmpty ? "—" : claim.tolerance),
                .unwrap(claim.basis) { .span(.class("basis"), .safe($0)) }),
            .td(.class("num"), .attr("data-label", "Delta"), .safe(delta)),
            .td(.attr("data-label", "Verdict"), Components.badge(claim.verdict), explanation)
        )
    }
}
