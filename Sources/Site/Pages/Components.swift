import Plot

/// Small pieces of markup shared by several pages.
enum Components {
    /// The badge of an experiment's overall verdict.
    static func badge(_ verdict: SiteOverallVerdict) -> Node<HTML.BodyContext> {
        .span(.class("badge badge-\(verdict.cssClass)"), .safe(verdict.label))
    }

    /// The badge of one claim's verdict.
    static func badge(_ verdict: SiteVerdict) -> Node<HTML.BodyContext> {
        let css: String
        switch verdict {
        case .pass: css = "pass"
        case .miss: css = "miss"
        case .notJudged: css = "neutral"
        case .notReproducible: css = "nr"
        case .notRun: css = "off"
        }
        return .span(.class("badge badge-\(css)"), .safe(verdict.label))
    }

    /// The summary line: experiments, claims and claims per verdict.
    static func summary(_ s: SiteSummary) -> Node<HTML.BodyContext> {
        func item(_ count: Int, _ label: String, _ css: String = "") -> Node<HTML.ListContext> {
            .li(.class(count > 0 ? css : ""), .strong(.safe(String(count))), .safe(label))
        }
        var items = [
            item(s.experiments, s.experiments == 1 ? "experiment" : "experiments"),
            item(s.claims, s.claims == 1 ? "claim" : "claims"),
            item(s.pass, "pass", "pass"),
            item(s.miss, "miss", "miss"),
            item(s.notJudged, "not judged (smoke)"),
            item(s.notReproducible, "not reproducible here", "nr"),
        ]
        if s.notRun > 0 { items.append(item(s.notRun, "not run")) }
        return .ul(.class("summary"), .attr("aria-label", "Summary"), .group(items))
    }

    /// The headline by evidence: recomputed claims first and large, then replots and bars
    /// with their own counts, visibly secondary.
    static func evidenceHeadline(_ s: SiteSummary) -> Node<HTML.BodyContext> {
        let recomputed = s.counts(.recomputed)
        let secondary: [Node<HTML.ListContext>] = [SiteEvidence.replot, .bar].compactMap { kind in
            let counts = s.counts(kind)
            guard counts.total > 0 else { return nil }
            return .li(.strong(.safe(kind.headline + ": ")), .safe(counts.text))
        }
        return .div(
            .class("headline"),
            .p(
                .class("headline-main"),
                .strong(.safe(SiteEvidence.recomputed.headline + ": ")),
                .span(.class(recomputed.pass > 0 ? "pass" : ""), .safe("\(recomputed.pass) pass")), .safe(", "),
                .span(.class(recomputed.miss > 0 ? "miss" : ""), .safe("\(recomputed.miss) miss")),
                .safe(" of \(recomputed.judged) judged"),
                .unwrap(recomputed.unjudged) { .span(.class("headline-rest"), .safe(" (\($0))")) }
            ),
            secondary.isEmpty ? .empty : .ul(.class("headline-secondary"), .group(secondary))
        )
    }

    /// The experiment cards of `paper`, one per experiment with its variants, for a page laid out by `layout`.
    static func cards(of paper: SitePaper, layout: PageLayout, plan: SitePlan) -> Node<HTML.BodyContext> {
        .ul(.class("cards"), .group(paper.families.compactMap { card($0, layout: layout, plan: plan) }))
    }

    private static func card(_ family: SiteFamily, layout: PageLayout, plan: SitePlan) -> Node<HTML.ListContext>? {
        let e = family.main
        guard let page = plan.experimentPages[e.id] else { return nil }
        var meta: [String] = []
        if let scale = e.scale { meta.append("\(scale) scale") }
        if let lastRun = family.members.compactMap(\.lastRun).max() { meta.append(SiteFormat.date(lastRun)) }
        if meta.isEmpty { meta.append("never run") }
        if family.hasVariants { meta.append(family.members.map(\.displayVariant).joined(separator: " + ")) }
        let recomputed = SiteSummary(experiments: family.members).counts(.recomputed)
        return .li(
            .class("card"),
            thumbnail(family, layout: layout, plan: plan),
            .div(
                .class("body"),
                .span(.class("reproduces"), .safe(e.reproduces)),
                .h3(.a(.href(layout.link(page)), .safe(e.title))),
                badge(family.overallVerdict),
                recomputed.total > 0 ? .p(.class("meta"), .safe("recomputed: \(recomputed.pass) pass, \(recomputed.miss) miss")) : .empty,
                .p(.class("meta"), .safe(meta.joined(separator: " · ")))
            )
        )
    }

    private static func thumbnail(_ family: SiteFamily, layout: PageLayout, plan: SitePlan) -> Node<HTML.BodyContext> {
        let e = family.main
        let figures = family.members.flatMap(\.figures)
        let image = figures.lazy.compactMap { $0.file("png").flatMap(plan.sitePath(of:)) }.first
            ?? figures.lazy.compactMap { $0.file("svg").flatMap(plan.sitePath(of:)) }.first
        guard let image else {
            return .div(.class("thumb empty"), .span(.class("placeholder"), .attr("aria-hidden", "true"), .safe(e.reproduces)))
        }
        return .div(
            .class("thumb"),
            .img(
                .src(layout.link(image)),
                .alt(HTMLEscaping.attribute("Thumbnail of \(e.reproduces): \(e.title)")),
                .attribute(named: "loading", value: "lazy")
            )
        )
    }
}
