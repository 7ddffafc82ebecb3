import Foundation
import Testing

@testable import Plotting

@Suite struct RenderingTests {
    @Test func svgAndPDFAreByteIdenticalAcrossRenders() throws {
        let figure = PlotGallery.lines()
        let svg1 = try figure.render(format: .svg), svg2 = try figure.render(format: .svg)
        #expect(svg1 == svg2)
        let pdf1 = try figure.render(format: .pdf), pdf2 = try figure.render(format: .pdf)
        #expect(pdf1 == pdf2)
        let text = String(decoding: pdf1, as: UTF8.self)
        #expect(text.contains("/CreationDate (20000101000000Z)"))
        #expect(text.hasPrefix("%PDF-"))
        #expect(text.contains("DejaVuSans"))
        let svgText = String(decoding: svg1, as: UTF8.self)
        #expect(svgText.contains("id=\"glyph0\""))
        #expect(!svgText.contains("surface1\""))
    }

    @Test func svgNormalizerRenumbersIdsAndReferences() {
        let raw = ##"<g id="surface17"><symbol id="glyph3-2"/><use xlink:href="#glyph3-2"/><g clip-path="url(#clip9)"><clipPath id="clip9"/></g></g>"##
        let normal = SVGNormalizer.normalize(raw)
        #expect(normal == ##"<g id="surface0"><symbol id="glyph0"/><use xlink:href="#glyph0"/><g clip-path="url(#clip0)"><clipPath id="clip0"/></g></g>"##)
    }

    @Test func pngHasRequestedPixelSize() throws {
        let figure = Figure(size: .inches(2, 1.5), panel: Panel())
        for (scale, w, h) in [(1.0, 144, 108), (2.0, 288, 216), (2.5, 360, 270)] {
            let png = try figure.render(format: .png, pngScale: scale)
            #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            let bytes = Array(png)
            let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == w && height == h)
        }
    }

    @Test func pdfPageSizeIsInPoints() throws {
        let pdf = try Figure(size: .inches(3.25, 2.4), panel: Panel()).render(format: .pdf)
        #expect(String(decoding: pdf, as: UTF8.self).contains("/MediaBox [ 0 0 234 172.8 ]"))
    }

    @Test func invalidSizeThrowsOneLineError() {
        #expect(throws: PlotError.self) { try Figure(size: .points(0, 10), panel: Panel()).render(format: .svg) }
        let error = PlotError.invalidSize(width: 0, height: 10)
        #expect(!error.description.contains("\n"))
    }

    @Test func writeCreatesEveryFormatAtomically() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plotting-write-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try PlotGallery.cdf().write(to: folder.appendingPathComponent("sub/cdf"), formats: [.svg, .png])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("sub").path).sorted()
        #expect(names == ["cdf.png", "cdf.svg"])
    }

    @Test func writeToUnwritablePlaceNamesThePath() {
        let url = URL(fileURLWithPath: "/proc/definitely/not/here/fig")
        do {
            try PlotGallery.cdf().write(to: url, formats: [.svg])
            Issue.record("expected an error")
        } catch let error as PlotError {
            #expect(error.description.contains("/proc/definitely/not/here/fig.svg"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// Renders 1,000 small figures three times and checks that the resident set stays flat in
    /// at least one of the three windows: a leak grows every window, while other tests running
    /// in the same process at the same time can only disturb some of them.
    @Test func thousandFiguresDoNotLeak() throws {
        var panel = Panel(title: "t", xLabel: "x", yLabel: "y")
        panel.add(LineSeries(x: [1, 2, 3], y: [3, 1, 2], label: "a", marker: .circle))
        let figure = Figure(size: .inches(2, 1.5), panel: panel)
        for _ in 0..<100 { _ = try figure.render(format: .pdf) }
        var growths: [Int] = []
        for _ in 0..<3 {
            let before = residentBytes()
            for i in 0..<1000 { _ = try figure.render(format: i % 2 == 0 ? .pdf : .svg) }
            growths.append(residentBytes() - before)
        }
        let least = growths.min() ?? .max
        #expect(least < 16 << 20, "RSS grew by \(growths.map { $0 >> 10 }) KiB over three windows of 1,000 renders")
    }
}

/// Current resident set size from /proc/self/statm.
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * 4096 : 0
}
