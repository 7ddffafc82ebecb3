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

    /// The experiment cards of `paper`, for a page laid out by `layout`.
    static func cards(of paper: SitePaper, layout: PageLayout, plan: SitePlan) -> Node<HTML.BodyContext> {
        .ul(.class("cards"), .group(paper.experiments.compactMap { card($0, layout: layout, plan: plan) }))
    }

    private static func card(_ e: SiteExperiment, layout: PageLayout, plan: SitePlan) -> Node<HTML.ListContext>? {
        guard let page = plan.experimentPages[e.id] else { return nil }
        var meta: [String] = []
        if let scale = e.scale { meta.append("\(scale) scale") }
        if let lastRun = e.lastRun { meta.append(SiteFormat.date(lastRun)) }
        if meta.isEmpty { meta.append("never run") }
        return .li(
            .class("card"),
            thumbnail(e, layout: layout, plan: plan),
            .div(
                .class("body"),
                .span(.class("reproduces"), .safe(e.reproduces)),
                .h3(.a(.href(layout.link(page)), .safe(e.title))),
                badge(e.overallVerdict),
                .p(.class("meta"), .safe(meta.joined(separator: " · ")))
            )
        )
    }

    private static func thumbnail(_ e: SiteExperiment, layout: PageLayout, plan: SitePlan) -> Node<HTML.BodyContext> {
        let image = e.figures.lazy.compactMap { $0.file("png").flatMap(plan.sitePath(of:)) }.first
            ?? e.figures.lazy.compactMap { $0.file("svg").flatMap(plan.sitePath(of:)) }.first
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
