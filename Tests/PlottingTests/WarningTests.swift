import Testing

@testable import Plotting

@Suite struct WarningTests {
    @Test func nonFiniteAndNonPositiveOnLogAreDroppedWithWarnings() {
        var panel = Panel(title: "p")
        panel.y.scale = .log10
        panel.add(LineSeries(x: [1, 2, 3, 4, .nan], y: [1, .infinity, -2, 10, 5], label: "a"))
        let warnings = Figure(panel: panel).warnings
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("dropped 3 points") == true)
        #expect(warnings.first?.message.contains("'a'") == true)
        #expect(warnings.first?.message.contains("\n") == false)
    }

    @Test func emptyAndSinglePointFiguresStillGetAxes() throws {
        let empty = RecordingRenderer()
        #expect(Figure(panel: Panel()).draw(on: empty).isEmpty)
        #expect(empty.texts.count >= 2)  // tick labels on [0, 1]
        var panel = Panel()
        panel.add(ScatterSeries(x: [5], y: [7]))
        let single = RecordingRenderer()
        #expect(Figure(panel: panel).draw(on: single).isEmpty)
        let labels = single.texts.map(\.text)
        #expect(labels.contains("7.0") || labels.contains("7"))
        #expect(labels.contains("5.0") || labels.contains("5"))
        _ = try Figure(panel: panel).render(format: .svg)
    }

    @Test func allNaNSeriesWarnsAndRenders() throws {
        var panel = Panel()
        panel.add(LineSeries(x: [.nan, .nan], y: [1, 2]))
        let result = try Figure(panel: panel).rendering(format: .svg)
        #expect(result.warnings.count == 1)
        #expect(!result.data.isEmpty)
    }

    @Test func impossibleLogLimitsFallBack() {
        var panel = Panel()
        panel.x = Axis(scale: .log10, limits: -1...10)
        panel.add(LineSeries(x: [1, 100], y: [1, 2]))
        let warnings = Figure(panel: panel).warnings
        #expect(warnings.contains { $0.message.contains("limits") })
    }

    @Test func explicitLimitsAreKept() {
        var panel = Panel()
        panel.y.limits = 0...1
        panel.add(LineSeries(x: [0, 1], y: [0.2, 0.3]))
        let recorder = RecordingRenderer()
        Figure(panel: panel).draw(on: recorder)
        let labels = recorder.texts.map(\.text)
        #expect(labels.contains("0.0") && labels.contains("1.0"))
    }
}
