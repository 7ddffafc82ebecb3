import Foundation
import Testing

@testable import Plotting

/// Golden structure of each specimen figure's SVG: element counts, fill colours, path
/// bounds inside the canvas, one drawn glyph per visible character of every text.
///
/// The golden counts depend on the cairo version (1.16 here). To refresh them after a
/// deliberate change, run with `PLOTTING_PRINT_GOLDEN=1` and paste the printed lines.
@Suite struct SVGStructureTests {
    @Test(arguments: PlotGallery.figures().map(\.name))
    func structureMatchesGolden(_ name: String) throws {
        let figure = try #require(PlotGallery.figures().first { $0.name == name }?.figure)
        let svg = String(decoding: try figure.render(format: .svg), as: UTF8.self)
        let summary = SVGSummary(svg)
        if ProcessInfo.processInfo.environment["PLOTTING_PRINT_GOLDEN"] != nil {
            print("GOLDEN \"\(name)\": \"\(summary)\",")
        }
        #expect(abs(summary.width - figure.size.width) < 0.01 && abs(summary.height - figure.size.height) < 0.01)
        let bounds = try #require(summary.bounds)
        let canvas = Rect(x: 0, y: 0, width: figure.size.width, height: figure.size.height)
        #expect(canvas.contains(bounds, tolerance: 0.5), "\(name): paths reach \(bounds)")
        // Every character (spaces included) of every recorded text is one glyph <use> in the
        // SVG, except that DejaVu Sans joins ffi, ffl, fi and fl into single ligature glyphs.
        let recorder = try PangoRecorder()
        figure.draw(on: recorder)
        let characters = recorder.texts.map { ligated($0.text).count }.reduce(0, +)
        #expect(summary.counts["use"] == characters, "\(name): \(summary.counts["use"] ?? 0) glyphs for \(characters) characters")
        #expect(summary.description == GoldenSVG.summaries[name], "\(name): \(summary)")
    }

    func ligated(_ text: String) -> String {
        ["ffi", "ffl", "fi", "fl"].reduce(text) { $0.replacingOccurrences(of: $1, with: "#") }
    }

    @Test func everySeriesKindHasASpecimen() {
        var kinds = Set<String>()
        for (_, figure) in PlotGallery.figures() {
            for panel in figure.panels {
                for s in panel.series {
                    kinds.insert(String(describing: s).prefix { $0 != "(" }.description)
                    if case .line(let l) = s, l.interpolation == .stepPost { kinds.insert("step") }
                }
            }
        }
        #expect(kinds == ["line", "step", "scatter", "bars", "box", "cdf", "band", "errorBars", "reference", "text", "heatmap"])
    }

    @Test func specimenTextsAreDrawn() {
        let expectations: [(Figure, [String])] = [
            (PlotGallery.bars(), ["Model one", "Device X", "Device Z", "Images / s", "Grouped bars (synthetic data)"]),
            (PlotGallery.heatmap(), ["Accuracy", "0.91", "32", "16", "K (candidates kept)"]),
            (PlotGallery.logLog(), ["10⁶", "10⁹", "Parameters", "2N¹·¹"]),
            (PlotGallery.lines(), ["budget: 100 s", "Reference line", "100%", "10³"]),
            (PlotGallery.box(), ["Space 1", "Kendall τ", "Score B"]),
        ]
        for (figure, strings) in expectations {
            let recorder = RecordingRenderer()
            figure.draw(on: recorder)
            let texts = Set(recorder.texts.map(\.text))
            for s in strings { #expect(texts.contains(s), "missing '\(s)'") }
        }
    }
}
