import Foundation
import Testing
@testable import Site

@Suite("Site builder")
struct SiteBuilderTests {
    @Test("every link and asset of every page resolves inside the site")
    func linksResolve() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        let index = try SiteBuilder().build(fixture.content, into: site)
        #expect(index.lastPathComponent == "index.html")
        #expect(FileManager.default.fileExists(atPath: index.path))
        let inspection = SiteInspection(root: site)
        let pages = inspection.pages()
        #expect(pages.contains("index.html"))
        #expect(pages.contains("engines.html"))
        #expect(pages.contains("papers/trails.html"))
        #expect(pages.contains("experiments/accel-nasbench/figure3.html"))
        #expect(pages.count == 1 + 1 + 2 + 5)
        var problems: [String] = []
        var linkCount = 0
        for page in pages {
            for link in SiteInspection.links(in: inspection.text(page)) {
                linkCount += 1
                if let problem = inspection.problem(with: link, from: page) { problems.append(problem) }
            }
        }
        #expect(problems == [])
        #expect(linkCount > 50)
        // The search index points at real pages too.
        let entries = try JSONDecoder().decode([SearchIndex.Entry].self, from: Data(inspection.text("search-index.json").utf8))
        #expect(entries.count == 2 + 5 + 5)
        for entry in entries {
            #expect(inspection.problem(with: entry.url, from: "index.html") == nil, "search entry \(entry.url)")
        }
        // Artifacts were copied; the missing PDF is not linked.
        #expect(inspection.files().contains("files/accel-nasbench/figure3/accuracy-vs-throughput.pdf"))
        #expect(inspection.files().contains("files/accel-nasbench/figure3/figure3.log"))
        #expect(!inspection.files().contains { $0.hasSuffix("refinement-recomputed.pdf") })
    }

    @Test("no page mentions a path of the build machine")
    func noAbsolutePaths() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        let inspection = SiteInspection(root: site)
        for path in inspection.files() where !path.hasPrefix("files/") {
            let text = inspection.text(path)
            #expect(!text.contains(fixture.folder.path), "\(path) leaks the build folder")
            #expect(!text.contains("file://"), "\(path) has a file:// link")
        }
    }

    @Test("headings are in order, ids are unique and every image has alt text")
    func accessibility() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        let inspection = SiteInspection(root: site)
        for page in inspection.pages() {
            let html = inspection.text(page)
            let levels = SiteInspection.headingLevels(in: html)
            #expect(levels.first == 1, "\(page) starts with h1")
            #expect(levels.filter { $0 == 1 }.count == 1, "\(page) has one h1")
            for (previous, next) in zip(levels, levels.dropFirst()) {
                #expect(next <= previous + 1, "\(page): h\(previous) followed by h\(next)")
            }
            let images = SiteInspection.matches(#"(<img\b[^>]*>)"#, in: html)
            for image in images {
                #expect(image.contains(" alt=\"") && !image.contains(" alt=\"\""), "\(page): \(image)")
            }
            for svg in SiteInspection.matches(#"(<svg\b[^>]*>)"#, in: html) {
                #expect(svg.contains("aria-label=\"") && svg.contains("role=\"img\""), "\(page): \(svg)")
            }
            let ids = SiteInspection.matches(#"\sid="([^"]*)""#, in: html)
            #expect(ids.count == Set(ids).count, "\(page) repeats an id")
            #expect(html.contains("<html lang=\"en\">"))
            #expect(html.contains("name=\"viewport\""))
        }
    }

    @Test("rebuilding replaces the old site but its README and leaves no staging folder")
    func replacesAtomically() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: site.appendingPathComponent("stale.html"))
        try Data("kept".utf8).write(to: site.appendingPathComponent("README.md"))
        try SiteBuilder().build(fixture.content, into: site)
        #expect((try? String(contentsOf: site.appendingPathComponent("README.md"), encoding: .utf8)) == "kept")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).sorted()
        #expect(names == ["results", "site"])
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("stale.html").path))
    }

    @Test("an empty site builds")
    func emptySite() throws {
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("empty")
        let index = try SiteBuilder().build(SiteContent(buildTime: Fixture.buildTime, papers: []), into: site)
        let html = try String(contentsOf: index, encoding: .utf8)
        #expect(html.contains("No papers yet."))
    }
}
