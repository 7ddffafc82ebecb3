import Foundation
import Plot

extension ExperimentPage {
    /// How many data rows a table may have before the page collapses it.
    static let tableRowsShown = 20

    /// The figures of the experiment and its variants, inline SVG (or PNG): released and
    /// recomputed figures of the same plot side by side, each labelled.
    func figuresSection(layout: PageLayout) -> Node<HTML.BodyContext> {
        let runs = family.members.map { (member: Optional($0), artifacts: $0.figures) }
        let count = runs.map(\.artifacts.count).reduce(0, +)
        guard count > 0 else { return .empty }
        let groups = ArtifactGroups(runs: runs, labelRuns: family.hasVariants).groups.map { group -> Node<HTML.BodyContext> in
            if group.count == 1, let only = group.first { return figure(only, layout: layout, single: true) }
            return .div(.class("pair"), .group(group.map { figure($0, layout: layout, single: false) }))
        }
        return section("figures", count == 1 ? "Figure" : "Figures", groups)
    }

    /// The tables, inlined from their HTML file (or CSV), with download links; long
    /// tables are collapsed behind a summary line.
    func tablesSection(layout: PageLayout) -> Node<HTML.BodyContext> {
        let runs = family.members.map { (member: Optional($0), artifacts: $0.tables) }
        let count = runs.map(\.artifacts.count).reduce(0, +)
        guard count > 0 else { return .empty }
        let groups = ArtifactGroups(runs: runs, labelRuns: family.hasVariants).groups.map { group -> Node<HTML.BodyContext> in
            let items = group.map { table($0, layout: layout) }
            return group.count == 1 ? .group(items) : .div(.class("pair"), .group(items))
        }
        return section("tables", count == 1 ? "Table" : "Tables", groups)
    }

    /// The DOM id of an artifact: `<kind>-<stem>`, with the variant for a variant's artifact.
    private func domID(_ kind: String, _ item: ArtifactGroups.Item) -> String {
        let variant = item.member?.variant.map { SitePaths.slug($0) + "-" } ?? ""
        return "\(kind)-\(variant)\(SitePaths.slug(item.artifact.stem))"
    }

    private func figure(_ item: ArtifactGroups.Item, layout: PageLayout, single: Bool) -> Node<HTML.BodyContext> {
        let e = experiment
        let artifact = item.artifact, variant = item.variant
        let label = "\(e.reproduces)\(variant.map { " (\($0))" } ?? ""): \(e.title)\(artifact.caption.map { ". \($0)" } ?? "")"
        let domID = domID("figure", item)
        var body: Node<HTML.BodyContext> = .p(.class("missing"), .safe("The image files of \(artifact.stem) are missing."))
        if let svgURL = artifact.file("svg"), plan.sitePath(of: svgURL) != nil, let text = readText(svgURL),
           text.utf8.count <= inlineSVGLimit, let svg = SVGInliner.inline(text, prefix: domID, label: label) {
            body = .div(.class("figure-box"), .raw(svg))
        } else if let png = artifact.file("png").flatMap(plan.sitePath(of:)) {
            body = .div(.class("figure-box"), .img(.src(layout.link(png)), .alt(HTMLEscaping.attribute(label))))
        } else if let svg = artifact.file("svg").flatMap(plan.sitePath(of:)) {
            body = .div(.class("figure-box"), .img(.src(layout.link(svg)), .alt(HTMLEscaping.attribute(label))))
        }
        return .element(named: "figure", nodes: [
            .id(domID),
            .class(single ? "single" : "paired"),
            body,
            .element(named: "figcaption", nodes: [
                .unwrap(variant) { .span(.class("variant"), .safe($0.capitalized)) },
                .safe(artifact.caption ?? artifact.stem), " ",
                downloads(artifact, order: ["svg", "pdf", "png"], layout: layout),
            ]),
        ])
    }

    private func table(_ item: ArtifactGroups.Item, layout: PageLayout) -> Node<HTML.BodyContext> {
        let artifact = item.artifact
        var body: Node<HTML.BodyContext> = .p(.class("missing"), .safe("The files of table \(artifact.stem) are missing."))
        var rows = 0
        if let html = artifact.file("html"), plan.sitePath(of: html) != nil, let text = readText(html) {
            let clean = TableSanitizer.sanitize(text)
            rows = max(clean.components(separatedBy: "<tr").count - 2, 0)
            body = .div(.class("table-wrap"), .raw(clean))
        } else if let csv = artifact.file("csv"), plan.sitePath(of: csv) != nil, let text = readText(csv) {
            let parsed = CSVTable.parse(text)
            rows = max(parsed.count - 1, 0)
            body = .div(.class("table-wrap"), csvTable(parsed))
        }
        let name = artifact.caption ?? artifact.stem
        let title = (item.variant.map { "\($0.prefix(1).uppercased() + $0.dropFirst()): " } ?? "") + name
        if rows > Self.tableRowsShown {
            let csv = artifact.file("csv").flatMap(plan.sitePath(of:))
            body = .group([
                .p(.class("muted"), .safe("\(rows) rows, collapsed. "),
                   .unwrap(csv) { .a(.href(layout.link($0)), .attr("download", ""), "Download the CSV") }),
                .element(named: "details", nodes: [
                    .element(named: "summary", nodes: [.safe("Show all \(rows) rows of \(name)")]),
                    body,
                ]),
            ])
        }
        return .div(
            .id(domID("table", item)),
            .h3(.safe(title)),
            body,
            .p(downloads(artifact, order: ["csv", "tex", "md", "html"], layout: layout))
        )
    }

    private func csvTable(_ rows: [[String]]) -> Node<HTML.BodyContext> {
        guard let header = rows.first else { return .p(.class("muted"), "Empty table.") }
        return .table(
            .thead(.tr(.group(header.map { .th(.safe($0)) }))),
            .tbody(.group(rows.dropFirst().map { row in
                .tr(.group(row.map { cell in
                    Double(cell.trimmingCharacters(in: .whitespaces)) == nil ? .td(.safe(cell)) : .td(.class("num"), .safe(cell))
                }))
            }))
        )
    }

    private func downloads(_ artifact: SiteArtifact, order: [String], layout: PageLayout) -> Node<HTML.BodyContext> {
        let names = ["svg": "SVG", "pdf": "PDF", "png": "PNG", "csv": "CSV", "tex": "LaTeX", "md": "Markdown", "html": "HTML"]
        let known = order.compactMap { ext in artifact.file(ext).flatMap(plan.sitePath(of:)).map { (ext, $0) } }
        let others = artifact.files.compactMap { url -> (String, String)? in
            let ext = url.pathExtension.lowercased()
            guard !order.contains(ext), let path = plan.sitePath(of: url) else { return nil }
            return (ext, path)
        }
        let links: [Node<HTML.BodyContext>] = (known + others).map { ext, path in
            .a(.href(layout.link(path)), .attr("download", ""), .safe(names[ext] ?? ext.uppercased()))
        }
        guard !links.isEmpty else { return .empty }
        return .span(.class("downloads"), .group(links))
    }
}
