import Plot

/// The front page: the summary line and every paper with its experiment cards.
struct IndexPage {
    /// The content of the site.
    var content: SiteContent
    /// Where things go.
    var plan: SitePlan

    /// The HTML of `index.html`.
    func render() -> String {
        let layout = PageLayout(
            path: SitePaths.index, title: "Reproduced figures and tables",
            siteTitle: content.title, footer: footerText)
        var nodes: [Node<HTML.BodyContext>] = [
            .h1("Reproduced figures and tables"),
            Components.evidenceHeadline(SiteSummary(content: content)),
            .p(
                .class("lead"),
                "Not every number here was recomputed. ",
                .strong("Recomputed"), " claims come from our own engines: training, fitting, search or simulation on raw data, ",
                "on surrogates or on our own benchmark. ",
                .strong("Replots"), " aggregate the result files the authors released; they check our reading of those files, ",
                "not the paper's experiments. ",
                .strong("Bars"), " are thresholds we set ourselves. Every claim says which it is and where its paper value comes from. ",
                "Each card leads to the figures, the paper's numbers next to ours, the exact config, ",
                "the inputs with their checksums, the code version and the run log."
            ),
            Components.summary(SiteSummary(content: content)),
        ]
        if content.papers.isEmpty {
            nodes.append(.p(.class("muted"), "No papers yet."))
        }
        for paper in content.papers {
            guard let page = plan.paperPages[paper.id] else { continue }
            nodes.append(.section(
                .attr("aria-labelledby", "paper-\(SitePaths.slug(paper.id))"),
                .h2(.id("paper-\(SitePaths.slug(paper.id))"), .a(.href(layout.link(page)), .safe(paper.title))),
                .p(.safe(paper.summary)),
                .p(.class("muted"), .safe(paperLine(paper))),
                Components.cards(of: paper, layout: layout, plan: plan)
            ))
        }
        return layout.render(breadcrumb: [], content: nodes)
    }

    private func paperLine(_ paper: SitePaper) -> String {
        let s = SiteSummary(experiments: paper.experiments)
        let recomputed = s.counts(.recomputed), replot = s.counts(.replot)
        return "\(s.experiments) experiment\(s.experiments == 1 ? "" : "s") · \(s.claims) claim\(s.claims == 1 ? "" : "s")"
            + " · recomputed: \(recomputed.pass) pass, \(recomputed.miss) miss of \(recomputed.judged)"
            + " · replot: \(replot.pass) pass, \(replot.miss) miss of \(replot.judged)"
    }

    /// The footer of the index: the one place the build time appears.
    private var footerText: String {
        var text = "Built \(SiteFormat.date(content.buildTime))"
        if let version = content.codeVersion { text += " from commit \(version.display)" }
        return text + "."
    }
}
