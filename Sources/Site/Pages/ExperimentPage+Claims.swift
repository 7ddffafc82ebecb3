import Plot

extension ExperimentPage {
    /// The claims table: the paper's numbers next to ours, with misses explained.
    var claimsSection: Node<HTML.BodyContext> {
        let claims = experiment.claims
        guard !claims.isEmpty else {
            return section("claims", "Claims", [.p(.class("muted"), "This experiment declares no numeric claims.")])
        }
        let s = SiteSummary(experiments: [experiment])
        var counts = ["\(s.pass) pass", "\(s.miss) miss"]
        if s.notJudged > 0 { counts.append("\(s.notJudged) not judged (smoke scale)") }
        if s.notReproducible > 0 { counts.append("\(s.notReproducible) not reproducible here") }
        if s.notRun > 0 { counts.append("\(s.notRun) not run") }
        let rows: [Node<HTML.TableContext>] = claims.map(row)
        return section("claims", "Claims", [
            .p(.safe("\(s.claims) claim\(s.claims == 1 ? "" : "s"): " + counts.joined(separator: ", ") + ".")),
            .div(.class("table-wrap"), .table(
                .class("stack"),
                .thead(.tr(
                    .th("Claim"), .th("Paper"), .th("Reproduced"), .th("Tolerance"),
                    .th("Delta"), .th("Verdict"), .th("Where in the paper")
                )),
                .tbody(.group(rows))
            )),
        ])
    }

    private func row(_ claim: SiteClaim) -> Node<HTML.TableContext> {
        let reproduced = claim.reproducedValue.map { SiteFormat.number($0, unit: claim.unit) } ?? "—"
        let delta = claim.delta.map(SiteFormat.delta) ?? "—"
        var explanation: Node<HTML.BodyContext> = .empty
        if let text = claim.explanation, !text.isEmpty {
            let css = claim.verdict == .notReproducible ? "explain nr" : "explain"
            let lead = claim.verdict == .notReproducible ? "Why: " : (claim.verdict == .miss ? "Why it misses: " : "")
            explanation = .span(.class(css), .safe(lead + text))
        } else if claim.verdict == .miss {
            explanation = .span(.class("explain"), "No explanation recorded for this miss.")
        }
        return .tr(
            .td(.safe(claim.description), .br(), .code(.safe(claim.key))),
            .td(.class("num"), .attr("data-label", "Paper"), .safe(SiteFormat.number(claim.paperValue, unit: claim.unit))),
            .td(.class("num"), .attr("data-label", "Reproduced"), .safe(reproduced)),
            .td(.class("num"), .attr("data-label", "Tolerance"), .safe(claim.tolerance)),
            .td(.class("num"), .attr("data-label", "Delta"), .safe(delta)),
            .td(.attr("data-label", "Verdict"), Components.badge(claim.verdict), explanation),
            .td(.attr("data-label", "Where"), .safe(claim.location))
        )
    }
}
