import Foundation
import Plot

/// An experiment's page, shared with its variants: figures, claims, tables, then each
/// run's config, inputs, provenance and log.
struct ExperimentPage {
    /// The experiment and its variants.
    var family: SiteFamily
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

    /// The member that heads the page.
    var experiment: SiteExperiment { family.main }

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
        for member in family.members {
            nodes.append(callouts(member))
        }
        nodes.append(figuresSection(layout: layout))
        nodes.append(claimsSection)
        nodes.append(tablesSection(layout: layout))
        for member in family.members where !member.notes.isEmpty {
            let id = sectionID("notes", member)
            nodes.append(.section(.h2(.id(id), .safe(sectionTitle("Notes", member))), .ul(.group(member.notes.map { .li(.safe($0)) }))))
        }
        for member in family.members {
            nodes.append(configSection(member))
            nodes.append(inputsSection(member))
            nodes.append(provenanceSection(member, layout: layout))
            nodes.append(logSection(member, layout: layout))
        }
        nodes.append(rerunSection)
        let paperPage = plan.paperPages[paper.id]
        return layout.render(
            breadcrumb: [("Papers", SitePaths.index), (paper.title, paperPage), (e.reproduces, nil)],
            content: nodes)
    }

    /// The note, failure and scale callouts of one run.
    private func callouts(_ e: SiteExperiment) -> Node<HTML.BodyContext> {
        let who = family.hasVariants ? "\(e.displayVariant): " : ""
        var nodes: [Node<HTML.BodyContext>] = []
        if let note = e.note { nodes.append(.div(.class("callout"), .p(.strong(.safe(who + "Note. ")), .safe(note)))) }
        if e.status == .failed {
            nodes.append(.div(
                .class("callout error"),
                .p(.strong(.safe(family.hasVariants ? "The latest run of \(e.id) failed." : "The latest run failed."))),
                .unwrap(e.error) { .pre(.safe($0)) }))
        }
        if e.status == .ok, e.scale == "smoke" {
            nodes.append(.div(
                .class("callout"),
                .p(.strong(.safe(who + "Smoke scale. ")), "This run was a quick check with reduced settings; its numbers are not judged against the paper. ",
                   "See ", .a(.href("#rerun"), "how to run it at paper scale"), ".")))
        }
        if e.status == .notRun {
            nodes.append(.p(.class("muted"), .safe(family.hasVariants ? "\(e.id) has not run yet; see " : "This experiment has not run yet; see "),
                            .a(.href("#rerun"), "how to run it"), "."))
        }
        return .group(nodes)
    }

    /// The line of key facts under the title: verdict, scale, last run, duration, ids.
    private var facts: Node<HTML.BodyContext> {
        let e = experiment
        var items: [Node<HTML.ListContext>] = [.li(Components.badge(family.overallVerdict))]
        if let scale = e.scale { items.append(.li(.safe("Scale: \(scale)"))) }
        if let lastRun = family.members.compactMap(\.lastRun).max() {
            items.append(.li("Last run: ", .time(.datetime(SiteFormat.isoDate(lastRun)), .safe(SiteFormat.date(lastRun)))))
        }
        if !family.hasVariants, let duration = e.duration { items.append(.li(.safe("Took \(SiteFormat.duration(duration))"))) }
        let ids: [Node<HTML.BodyContext>] = family.members.enumerated().map { index, member in
            .group([.safe(index == 0 ? "" : ", "), .code(.safe(member.id))])
        }
        items.append(.li(.safe(family.hasVariants ? "Ids: " : "Id: "), .group(ids)))
        return .ul(.class("facts"), .group(items))
    }

    /// A `<section>` with an `<h2>` of the given id and title.
    func section(_ id: String, _ title: String, _ body: [Node<HTML.BodyContext>]) -> Node<HTML.BodyContext> {
        .section(.attr("aria-labelledby", id), .h2(.id(id), .safe(title)), .group(body))
    }

    /// The id of a per-run section: `base` for the experiment, `base-<variant>` for a variant.
    func sectionID(_ base: String, _ member: SiteExperiment) -> String {
        member.variant.map { "\(base)-\(SitePaths.slug($0))" } ?? base
    }

    /// The title of a per-run section, naming the run when the page shows several.
    func sectionTitle(_ title: String, _ member: SiteExperiment) -> String {
        family.hasVariants ? "\(title): \(member.displayVariant)" : title
    }
}
