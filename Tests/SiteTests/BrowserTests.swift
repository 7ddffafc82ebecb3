import Foundation
import Testing
@testable import Site

/// Real-browser checks with headless Chromium (Debian package `chromium`).
///
/// Screenshots go to `$SITE_SCREENSHOTS` when set (to look at them, with a copy of the
/// fixture site), else to a temporary folder that is removed.
@Suite(
    "Site in a real browser",
    .serialized,  // one Chromium at a time: the machine has two cores
    .enabled(if: Chromium.installed != nil, "chromium is not installed: apt-get install -y chromium (make deps)"))
struct BrowserTests {
    @Test("index page: no console errors, thumbnails decode, search finds experiments")
    func indexPage() throws {
        try withSite { site, shots, chromium in
            let index = site.appendingPathComponent("index.html")
            let report = try chromium.probe(index, query: "figure 9")
            #expect(report.errors == [])
            #expect(report.consoleLog == [])
            #expect(report.brokenImages == [])
            #expect(report.searchHits == 1)
            try chromium.screenshot(index, to: shots.appendingPathComponent("index.png"), width: 1280, height: 1400)
            try chromium.screenshot(index, to: shots.appendingPathComponent("index-phone.png"), width: 390, height: 1600)
        }
    }

    @Test("experiment page: no console errors, the figure has a non-zero size")
    func experimentPage() throws {
        try withSite { site, shots, chromium in
            let page = site.appendingPathComponent("experiments/accel-nasbench/figure3.html")
            let report = try chromium.probe(page, query: "throughput")
            #expect(report.errors == [])
            #expect(report.consoleLog == [])
            #expect(report.brokenImages == [])
            let figure = try #require(report.figure)
            let graphic = try #require(report.graphic)
            #expect(figure.w > 100 && figure.h > 50)
            #expect(graphic.w > 100 && graphic.h > 50)
            #expect(report.searchHits >= 1)
            try chromium.screenshot(page, to: shots.appendingPathComponent("experiment.png"), width: 1280, height: 3600)
            try chromium.screenshot(page, to: shots.appendingPathComponent("experiment-phone.png"), width: 390, height: 3000)
        }
    }

    @Test("side-by-side figures both render")
    func pairedFigures() throws {
        try withSite { site, shots, chromium in
            let page = site.appendingPathComponent("experiments/trails/figure9.html")
            let report = try chromium.probe(page, query: "")
            #expect(report.errors == [])
            #expect(report.consoleLog == [])
            let graphic = try #require(report.graphic)
            #expect(graphic.w > 100 && graphic.h > 50)
            try chromium.screenshot(page, to: shots.appendingPathComponent("figure9.png"), width: 1280, height: 1400)
        }
    }

    /// Builds the fixture site and runs `body` with it, the screenshot folder and Chromium.
    private func withSite(_ body: (URL, URL, Chromium) throws -> Void) throws {
        let chromium = try #require(Chromium.installed)
        let fixture = try Fixture()
        defer { fixture.cleanUp() }
        let site = fixture.folder.appendingPathComponent("site")
        try SiteBuilder().build(fixture.content, into: site)
        let shots: URL
        if let keep = ProcessInfo.processInfo.environment["SITE_SCREENSHOTS"] {
            shots = URL(fileURLWithPath: keep)
        } else {
            shots = fixture.folder.appendingPathComponent("screenshots")
        }
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        try body(site, shots, chromium)
        if ProcessInfo.processInfo.environment["SITE_SCREENSHOTS"] != nil {
            // Keep one copy of the site beside the screenshots for a look by hand.
            let kept = shots.appendingPathComponent("site")
            if !FileManager.default.fileExists(atPath: kept.path) {
                try? FileManager.default.copyItem(at: site, to: kept)
            }
        }
    }
}
