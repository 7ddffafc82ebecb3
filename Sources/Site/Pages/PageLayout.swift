import Plot

/// The frame shared by every page: head, header with navigation and search, footer.
struct PageLayout {
    /// The page's path relative to the site root, e.g. `papers/trails.html`.
    var path: String
    /// The page title (without the site name).
    var title: String
    /// The site's name.
    var siteTitle: String
    /// The footer text.
    var footer: String

    /// The prefix from this page back to the site root.
    var root: String { SitePaths.rootPrefix(of: path) }

    /// The link from this page to the root-relative `target`.
    func link(_ target: String) -> String {
        HTMLEscaping.attribute(SitePaths.link(from: path, to: target))
    }

    /// The complete document with `content` inside `<main>`.
    func render(breadcrumb: [(label: String, target: String?)], content: [Node<HTML.BodyContext>]) -> String {
        let html = HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [Node<HTML.HeadContext>.safe("\(title) · \(siteTitle)")]),
                .link(.rel(.stylesheet), .href(link(SitePaths.stylesheet)))
            ),
            .body(
                header,
                .main(
                    .id("main"),
                    breadcrumbNav(breadcrumb),
                    .group(content)
                ),
                .footer(.class("site-footer"), .p(.safe(footer))),
                .script(.src(link(SitePaths.searchIndexScript))),
                .script(.src(link(SitePaths.searchScript)))
            )
        )
        return html.render() + "\n"
    }

    private var header: Node<HTML.BodyContext> {
        .header(
            .class("site-header"),
            .div(
                .class("bar"),
                .a(.class("brand"), .href(link(SitePaths.index)), .safe(siteTitle)),
                .nav(
                    .class("site-nav"),
                    .attr("aria-label", "Site"),
                    .a(.href(link(SitePaths.index)), "Papers"),
                    .a(.href(link(SitePaths.engines)), "Engines")
                ),
                .form(
                    .class("search"),
                    .attr("role", "search"),
                    .label(.for("site-search"), .class("visually-hidden"), "Search the site"),
                    .input(
                        .type(.search), .id("site-search"),
                        .placeholder("Search experiments, claims, engines…"),
                        .attribute(named: "autocomplete", value: "off"),
                        .attribute(named: "aria-controls", value: "site-search-results"),
                        .attribute(named: "aria-expanded", value: "false"),
                        .attribute(named: "data-root", value: HTMLEscaping.attribute(root))
                    ),
                    .ul(.id("site-search-results"), .class("search-results"), .attribute(named: "hidden"))
                )
            )
        )
    }

    private func breadcrumbNav(_ items: [(label: String, target: String?)]) -> Node<HTML.BodyContext> {
        guard !items.isEmpty else { return .empty }
        var nodes: [Node<HTML.BodyContext>] = []
        for (i, item) in items.enumerated() {
            if i > 0 { nodes.append(.raw(" › ")) }
            if let target = item.target {
                nodes.append(.a(.href(link(target)), .safe(item.label)))
            } else {
                nodes.append(.span(.attribute(named: "aria-current", value: "page"), .safe(item.label)))
            }
        }
        return .nav(.class("breadcrumb"), .attr("aria-label", "Breadcrumb"), .group(nodes))
    }
}
