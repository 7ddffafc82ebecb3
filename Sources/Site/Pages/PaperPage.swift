import Plot

/// A paper's page: what the paper is, and its experiments in paper order.
struct PaperPage {
    /// The paper.
    var paper: SitePaper
    /// The content of the site (for the site title and code version).
    var content: SiteContent
    /// Where things go.
    var plan: SitePlan

    /// The HTML of the paper's page, or nil when the plan has no page for it.
    func render() -> String? {
        guard let path = plan.paperPages[paper.id] else { return nil }
        let layout = PageLayout(path: path, title: paper.title, siteTitle: content.title, footer: Footer.text(content))
        let experiments: [Node<HTML.BodyContext>] = paper.experiments.isEmpty
            ? [.p(.class("muted"), "No experiments yet.")]
            : [Components.cards(of: paper, layout: layout, plan: plan)]
        return layout.render(
            breadcrumb: [("Papers", SitePaths.index), (paper.title, nil)],
            content: [
                .h1(.safe(paper.title)),
                Components.evidenceHeadline(SiteSummary(experiments: paper.experiments)),
                .p(.class("lead"), .safe(paper.summary)),
                reference,
                Components.summary(SiteSummary(experiments: paper.experiments)),
                .h2("Experiments"),
                .group(experiments),
            ])
    }
}

extension PaperPage {
    /// The citation and the link to the paper, when given; only `http(s)` addresses are linked.
    private var reference: Node<HTML.BodyContext> {
        let url = paper.url.flatMap { $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil }
        guard paper.citation != nil || url != nil else { return .empty }
        return .p(
            .class("muted"),
            .unwrap(paper.citation) { .safe($0 + " ") },
            .unwrap(url) { address in
                .a(.class("external"), .href(HTMLEscaping.attribute(address)), .attr("rel", "external noopener"), "Read the paper")
            }
        )
    }
}
