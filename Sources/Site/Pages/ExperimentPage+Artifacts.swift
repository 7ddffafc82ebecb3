import Foundation
import Plot

extension ExperimentPage {
    /// The figures, inline SVG (or PNG), `-released`/`-recomputed` pairs side by side.
    func figuresSection(layout: PageLayout) -> Node<HTML.BodyContext> {
        let figures = experiment.figures
        guard !figures.isEmpty else { return .empty }
        let groups = ArtifactGroups(figures).groups.map { group -> Node<HTML.BodyContext> in
            if group.count == 1, let only = group.first { return figure(only.artifact, variant: only.variant, layout: layout, single: true) }
            return .div(.class("pair"), .group(group.map { figure($0.artifact, variant: $0.variant, layout: layout, single: false) }))
        }
        return section("figures", figures.count == 1 ? "Figure" : "Figures", groups)
    }

    /// The tables, inlined from their HTML file (or CSV), with download links.
    func tablesSection(layout: PageLayout) -> Node<HTML.BodyContext> {
        let tables = experiment.tables
        guard !tables.isEmpty else { return .empty }
        let groups = ArtifactGroups(tables).groups.map { group -> Node<HTML.BodyContext> in
            let items = group.map { table($0.artifact, variant: $0.variant, layout: layout) }
            return group.count == 1 ? .group(items) : .div(.class("pair"), .group(items))
        }
        return section("tables", tables.count == 1 ? "Table" : "Tables", groups)
    }

    private func figure(_ artifact: SiteArtifact, variant: String?, layout: PageLayout, single: Bool) -> Node<HTML.BodyContext> {
        let e = experiment
        let label = "\(e.reproduces)\(variant.map { " (\($0))" } ?? ""): \(e.title)\(artifact.caption.map { ". \($0)" } ?? "")"
        let domID = "figure-" + SitePaths.slug(artifact.stem)
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

    private func table(_ artifact: SiteArtifact, variant: String?, layout: PageLayout) -> Node<HTML.BodyContext> {
        var body: Node<HTML.BodyContext> = .p(.class("missing"), .safe("The files of table \(artifact.stem) are missing."))
        if let html = artifact.file("html"), plan.sitePath(of: html) != nil, let text = readText(html) {
            body = .div(.class("table-wrap"), .raw(TableSanitizer.sanitize(text)))
        } else if let csv = artifact.file("csv"), plan.sitePath(of: csv) != nil, let text = readText(csv) {
            body = .div(.class("table-wrap"), csvTable(CSVTable.parse(text)))
        }
        let title = (variant.map { "\($0.capitalized): " } ?? "") + (artifact.caption ?? artifact.stem)
        return .div(
            .id("table-" + SitePaths.slug(artifact.stem)),
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
