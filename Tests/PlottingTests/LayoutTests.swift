import Foundation
import Testing

@testable import Plotting

/// Layout checks through the recording renderer: text never overlaps and nothing leaves the canvas.
@Suite struct LayoutTests {
    /// A figure built to stress margins: long labels, huge tick values, a long title, a 2×2 grid.
    static func stressFigure() -> Figure {
        var figure = Figure(rows: 2, columns: 2, size: .inches(5, 3.5), title: "A rather long figure title that is still shorter than the canvas")
        for i in 0..<4 {
            var panel = Panel(
                title: "Panel \(i) with a title", xLabel: "A long x axis label (units)",
                yLabel: "Throughput (samples/s)")
            let scale = pow(10, Double(3 * i))
            panel.add(LineSeries(x: [0, 1e6, 3.3e6], y: [-scale, 0.5 * scale, 123.456 * scale], label: "series \(i)"))
            if i == 3 { panel.y.scale = .log10; panel.add(LineSeries(x: [1, 2], y: [1e-3, 1e12])) }
            if i == 1 { panel.legend = .outsideTop; panel.add(LineSeries(x: [0, 1e6], y: [0, scale], label: "second")) }
            if i == 2 { panel.legend = .outsideRight }
            figure.panels[i] = panel
        }
        return figure
    }

    static var figures: [(String, Figure)] {
        PlotGallery.figures().map { ($0.name, $0.figure) } + [("stress", stressFigure())]
    }

    func check(_ name: String, texts: [(text: String, frame: Rect, corners: [Point])], ops: [RecordingRenderer.Operation], size: FigureSize) {
        let canvas = Rect(x: 0, y: 0, width: size.width, height: size.height)
        for t in texts {
            #expect(canvas.contains(t.frame, tolerance: 0.5), "\(name): '\(t.text)' at \(t.frame) leaves the canvas")
        }
        for (i, a) in texts.enumerated() {
            for b in texts[(i + 1)...] where polygonsOverlap(a.corners, b.corners) {
                Issue.record("\(name): '\(a.text)' \(a.frame) overlaps '\(b.text)' \(b.frame)")
            }
        }
        for b in unclippedPathBounds(ops) {
            #expect(canvas.contains(b, tolerance: 1), "\(name): a path at \(b) leaves the canvas")
        }
    }

    @Test(arguments: 0..<12)
    func noOverlapsWithPangoMetrics(_ index: Int) throws {
        let (name, figure) = Self.figures[index]
        let recorder = try PangoRecorder()
        figure.draw(on: recorder)
        check(name, texts: recorder.texts, ops: recorder.operations, size: figure.size)
        #expect(!recorder.texts.isEmpty)
    }

    @Test(arguments: 0..<12)
    func noOverlapsWithApproximateMetrics(_ index: Int) {
        let (name, figure) = Self.figures[index]
        let recorder = RecordingRenderer()
        figure.draw(on: recorder)
        check(name, texts: recorder.texts, ops: recorder.operations, size: figure.size)
    }

    @Test func stressFigureRenders() throws {
        if let folder = ProcessInfo.processInfo.environment["PLOTTING_GALLERY_DIR"] {
            try Self.stressFigure().write(to: URL(fileURLWithPath: folder).appendingPathComponent("stress"), formats: [.png])
        }
        #expect(try Self.stressFigure().render(format: .png).count > 1000)
    }

    @Test func heatmapBesideLinesInOneRow() throws {
        var figure = Figure(rows: 1, columns: 2, size: .fullWidth)
        figure[0, 0] = PlotGallery.heatmap().panel
        figure[0, 1] = PlotGallery.lines().panel
        figure[0, 1].add(TextAnnotation("corner note", x: 1, y: 1, coordinates: .axes, anchor: TextAnchor(.right, .top), dx: -2, dy: -2))
        let recorder = try PangoRecorder()
        #expect(figure.draw(on: recorder).isEmpty)
        check("heatmap+lines", texts: recorder.texts, ops: recorder.operations, size: figure.size)
        if let folder = ProcessInfo.processInfo.environment["PLOTTING_GALLERY_DIR"] {
            try figure.write(to: URL(fileURLWithPath: folder).appendingPathComponent("mixed"), formats: [.png])
        }
    }

    @Test(arguments: [SharedLegendPlacement.right, .top, .bottom])
    func sharedLegendPlacements(_ placement: SharedLegendPlacement) throws {
        var figure = PlotGallery.grid()
        figure.legend = placement
        let recorder = try PangoRecorder()
        figure.draw(on: recorder)
        check("grid legend \(placement)", texts: recorder.texts, ops: recorder.operations, size: figure.size)
        #expect(recorder.texts.filter { $0.text == "Method C" }.count == 1)
        if let folder = ProcessInfo.processInfo.environment["PLOTTING_GALLERY_DIR"] {
            try figure.write(to: URL(fileURLWithPath: folder).appendingPathComponent("grid-\(placement)"), formats: [.png])
        }
    }

    @Test func tooSmallFigureWarns() {
        var panel = Panel(title: "A title", xLabel: "x label", yLabel: "y label")
        panel.add(LineSeries(x: [0, 1e6], y: [0, 1e6]))
        #expect(Figure(size: .points(40, 30), panel: panel).warnings.contains { $0.message.contains("too small") })
    }

    @Test func galleryCountMatchesArguments() {
        #expect(Self.figures.count == 12)
    }

    @Test func sharedAxesHideInnerLabels() {
        let figure = PlotGallery.grid()
        let recorder = RecordingRenderer()
        figure.draw(on: recorder)
        let texts = recorder.texts.map(\.text)
        #expect(texts.filter { $0 == "Epoch" }.count == 2)
        #expect(texts.filter { $0 == "Validation accuracy" }.count == 2)
        #expect(texts.contains("(a) Benchmark 1"))
        // The shared legend lists each method once.
        #expect(texts.filter { $0 == "Method A" }.count == 1)
    }

    @Test func panelsOfAGridAlign() {
        let figure = PlotGallery.grid()
        let recorder = RecordingRenderer()
        figure.draw(on: recorder)
        let clips = recorder.operations.compactMap { if case .pushClip(let r) = $0 { return r } else { return nil } }
        #expect(clips.count == 4)
        #expect(clips[0].minX == clips[2].minX && clips[0].minY == clips[1].minY)
        #expect(abs(clips[0].width - clips[1].width) < 1e-9 && abs(clips[0].height - clips[3].height) < 1e-9)
    }

    @Test func longYLabelsWidenTheLeftMargin() {
        func plotLeft(_ values: [Double]) -> Double {
            var panel = Panel(yLabel: "y")
            panel.add(LineSeries(x: [0, 1], y: values))
            let recorder = RecordingRenderer()
            Figure(panel: panel).draw(on: recorder)
            return recorder.operations.compactMap { if case .pushClip(let r) = $0 { return r.minX } else { return nil } }[0]
        }
        #expect(plotLeft([0, 123_456.5]) > plotLeft([0, 1]) + 10)
    }
}
