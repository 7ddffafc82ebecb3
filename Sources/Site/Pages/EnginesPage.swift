import Plot

/// The engines page: which experiments each engine module serves, across papers.
struct EnginesPage {
    /// The content of the site.
    var content: SiteContent
    /// Where things go.
    var plan: SitePlan

    /// The HTML of `engines.html`.
    func render() -> String {
        let layout = PageLayout(path: SitePaths.engines, title: "Engines", siteTitle: content.title, footer: Footer.text(content))
        let usage = EngineUsage(content: content)
        let titles = Dictionary(content.papers.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        var nodes: [Node<HTML.BodyContext>] = [
            .h1("Engines"),
            .p(.class("lead"),
               "Experiments hold no computing code of their own: they compute through shared engine modules. ",
               "This page lists which experiments each engine serves, so one engine's part in several papers is visible."),
        ]
        if usage.engines.isEmpty {
            nodes.append(.p(.class("muted"), "No experiment declares an engine yet."))
            return layout.render(breadcrumb: [("Papers", SitePaths.index), ("Engines", nil)], content: nodes)
        }
        nodes.append(.div(.class("table-wrap"), .table(
            .thead(.tr(.th("Engine"), .th("Papers"), .th("Experiments"))),
            .tbody(.group(usage.engines.map { engine in
                .tr(
                    .td(.a(.href("#" + EngineUsage.anchor(engine.name)), .safe(engine.name))),
                    .td(.safe(engine.paperIDs.map { titles[$0] ?? $0 }.joined(separator: ", "))),
                    .td(.class("num"), .safe(String(engine.experiments.count)))
                )
            }))
        )))
        for engine in usage.engines {
            nodes.append(section(engine, layout: layout, titles: titles))
        }
        return layout.render(breadcrumb: [("Papers", SitePaths.index), ("Engines", nil)], content: nodes)
    }

    private func section(_ engine: EngineUsage.Engine, layout: PageLayout, titles: [String: String]) -> Node<HTML.BodyContext> {
        let papers = engine.paperIDs
        let groups: [Node<HTML.BodyContext>] = papers.map { paperID in
            let items: [Node<HTML.ListContext>] = engine.experiments.filter { $0.paper.id == paperID }.compactMap { pair in
                guard let page = plan.experimentPages[pair.experiment.id] else { return nil }
                return .li(
                    .a(.href(layout.link(page)), .safe("\(pair.experiment.reproduces): \(pair.experiment.title)")),
                    " ", Components.badge(pair.experiment.overallVerdict))
            }
            return .group([.h3(.safe(titles[paperID] ?? paperID)), .ul(.group(items))])
        }
        let description = content.engineDescriptions[engine.name]
        return .section(
            .id(EngineUsage.anchor(engine.name)),
            .h2(.safe(engine.name)),
            .unwrap(description) { .p(.safe($0)) },
            .p(.class("muted"), .safe("Serves \(engine.experiments.count) experiment\(engine.experiments.count == 1 ? "" : "s") in \(papers.count) paper\(papers.count == 1 ? "" : "s").")),
            .group(groups)
        )
    }
}
