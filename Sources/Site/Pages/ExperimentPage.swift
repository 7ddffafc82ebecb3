import Foundation
import Plot

/// An experiment's page: its figures and tables, claims, config, inputs, provenance and log.
struct ExperimentPage {
    /// The experiment.
    var experiment: SiteExperiment
    /// Its paper.
    var paper: SitePaper
    /// The content of the site.
    var content: SiteContent
    /// Where things go.
    var plan: SitePlan
    /// The largest SVG, in bytes, that the page inlines.
    var inlineSVGLimit: Int
    /// Reads a copied file's text (tables' HTML and CSV, SVGs), by source URL.
    var readText: (URL) -> String?

    /// The HTML of the page, or nil when the plan has no page for the experiment.
    func render() -> String? {
        guard let path = plan.experimentPages[experiment.id] else { return nil }
        let e = experiment
        let layout = PageLayout(
            path: path, title: "\(e.reproduces): \(e.title)", siteTitle: content.title,
            footer: Footer.text(content))
        var nodes: [Node<HTML.BodyContext>] = [
            .h1(.safe("\(e.reproduces): \(e.title)")),
            facts,
        ]
        if let note = e.note { nodes.append(.div(.class("callout"), .p(.strong("Note. "), .safe(note)))) }
        if e.status == .failed {
            nodes.append(.div(
                .class("callout error"),
                .p(.strong("The latest run failed.")),
                .unwrap(e.error) { .pre(.safe($0)) }))
        }
        if e.status == .ok, e.scale == "smoke" {
            nodes.append(.div(
                .class("callout"),
                .p(.strong("Smoke scale. "), "This run was a quick check with reduced settings; its numbers are not judged against the paper. ",
                   "See ", .a(.href("#rerun"), "how to run it at paper scale"), ".")))
        }
        if e.status == .notRun {
            nodes.append(.p(.class("muted"), "This experiment has not run yet; see ", .a(.href("#rerun"), "how to run it"), "."))
        }
        nodes.append(figuresSection(layout: layout))
        nodes.append(tablesSection(layout: layout))
        nodes.append(claimsSection)
        if !e.notes.isEmpty {
            nodes.append(.section(.h2(.id("notes"), "Notes"), .ul(.group(e.notes.map { .li(.safe($0)) }))))
        }
        nodes.append(configSection)
        nodes.append(inputsSection)
        nodes.append(provenanceSection(layout: layout))
        nodes.append(logSection(layout: layout))
        nodes.append(rerunSection)
        let paperPage = plan.paperPages[paper.id]
        return layout.render(
            breadcrumb: [("Papers", SitePaths.index), (paper.title, paperPage), (e.reproduces, nil)],
            content: nodes)
    }

    /// The line of key facts under the title: verdict, scale, last run, duration.
    private var facts: Node<HTML.BodyContext> {
        let e = experiment
        var items: [Node<HTML.ListContext>] = [.li(Components.badge(e.overallVerdict))]
        if let scale = e.scale { items.append(.li(.safe("Scale: \(scale)"))) }
        if let lastRun = e.lastRun {
            items.append(.li("Last run: ", .time(.datetime(SiteFormat.isoDate(lastRun)), .safe(SiteFormat.date(lastRun)))))
        }
        if let duration = e.duration { items.append(.li(.safe("Took \(SiteFormat.duration(duration))"))) }
        items.append(.li("Id: ", .code(.safe(e.id))))
        return .ul(.class("facts"), .group(items))
    }

    /// A `<section>` with an `<h2>` of the given id and title.
    func section(_ id: String, _ title: String, _ body: [Node<HTML.BodyContext>]) -> Node<HTML.BodyContext> {
        .section(.attr("aria-labelledby", id), .h2(.id(id), .safe(title)), .group(body))
    }
}
