import Foundation

/// Specimen figures showing every series kind, log axes and a shared-legend grid.
///
/// The `engines/gallery` experiment writes them under `figures/gallery/`; the
/// Plotting tests render the same figures.
public enum PlotGallery {
    /// Every specimen figure with its file name (without extension), in a fixed order.
    public static func figures() -> [(name: String, figure: Figure)] {
        [
            ("gallery-lines", lines()),
            ("gallery-anytime", anytime()),
            ("gallery-scatter", scatter()),
            ("gallery-bars", bars()),
            ("gallery-stacked", stacked()),
            ("gallery-box", box()),
            ("gallery-cdf", cdf()),
            ("gallery-errorbars", errorBars()),
            ("gallery-heatmap", heatmap()),
            ("gallery-loglog", logLog()),
            ("gallery-grid", grid()),
        ]
    }

    /// Lines with markers, a mean ± std band, reference lines and an annotation; log x.
    public static func lines() -> Figure {
        var panel = Panel(title: "Line series (synthetic data)", xLabel: "Search time (s)", yLabel: "Test accuracy (%)")
        panel.x.scale = .log10
        panel.y.format = .percent
        let times = (0..<25).map { pow(10, 0.5 + Double($0) * 0.12) }
        for (k, (name, rate, ceiling)) in [("Curve A", 0.02, 0.94), ("Curve B", 0.004, 0.95), ("Curve C", 0.08, 0.88)].enumerated() {
            let runs = (0..<5).map { SpecimenData.curve(times, rate: rate, ceiling: ceiling, noise: 0.02, run: $0 + 10 * k) }
            let band = PlotStats.meanStdBand(runs)
            panel.add(BandSeries(x: times, lower: band.lower, upper: band.upper))
            panel.add(LineSeries(x: times, y: band.mean, label: name, marker: [.circle, .square, .triangle][k]))
        }
        panel.add(ReferenceLine.horizontal(0.9, label: "Reference line"))
        panel.add(ReferenceLine.vertical(100))
        panel.add(TextAnnotation("budget: 100 s", x: 100, y: 0.5, anchor: .left, dx: 3))
        panel.legend = .upperLeft
        return Figure(size: .column, panel: panel)
    }

    /// Anytime best-so-far step curves with a quantile band.
    public static func anytime() -> Figure {
        var panel = Panel(title: "Step lines (synthetic data)", xLabel: "Evaluations", yLabel: "Best validation error")
        let steps = (1...60).map(Double.init)
        for (k, name) in ["Method A", "Method B", "Method C"].enumerated() {
            let runs = (0..<7).map { r in
                let u = SpecimenData.uniform(steps.count, stream: 100 * k + r)
                return PlotStats.runningBest(steps.indices.map { 0.3 + 0.15 * u[$0] - Double(k) * 0.02 * log(steps[$0]) }, minimize: true)
            }
            let q = PlotStats.quantileBand(runs)
            panel.add(BandSeries(x: steps, lower: q.lower, upper: q.upper))
            panel.add(LineSeries(x: steps, y: q.median, label: name, interpolation: .stepPost))
        }
        panel.y.format = .decimals(2)
        return Figure(size: .column, panel: panel)
    }

    /// Scatter with per-point colour (from values) and size.
    public static func scatter() -> Figure {
        var panel = Panel(title: "Scatter with colour bar (synthetic)", xLabel: "Training-free score", yLabel: "Accuracy")
        let n = 150
        let x = SpecimenData.uniform(n, stream: 1).map { $0 * 3000 }
        let noise = SpecimenData.sample(n, mean: 0, std: 0.04, stream: 2)
        let y = (0..<n).map { 0.6 + 0.3 * x[$0] / 3000 + noise[$0] }
        let params = SpecimenData.uniform(n, stream: 3)
        panel.add(ScatterSeries(
            x: x, y: y, label: "Architectures", values: params.map { $0 * 30 }, sizes: params.map { 2 + 6 * $0 },
            colorbarLabel: "Parameters (M)"))
        panel.add(ScatterSeries(x: [2500], y: [0.94], label: "Selected", color: Color(hex: 0xD55E00), size: 8, marker: .diamond, opacity: 1))
        panel.x.format = .si
        panel.legend = .upperLeft
        return Figure(size: .column, panel: panel)
    }

    /// Grouped bars with error bars and long category names.
    public static func bars() -> Figure {
        var panel = Panel(title: "Grouped bars (synthetic data)", xLabel: "Model", yLabel: "Images / s")
        let models = ["Model one", "Model two", "Model three", "Model four", "Model five (long label)"]
        panel.add(BarChart(categories: models, groups: [
            BarGroup(label: "Device X", values: [1800, 2400, 3100, 900, 1500], errors: [60, 80, 90, 40, 50]),
            BarGroup(label: "Device Y", values: [2900, 3600, 4200, 1600, 2300], errors: [70, 90, 120, 50, 60]),
            BarGroup(label: "Device Z", values: [2500, 3900, 5200, 1300, 2100], errors: [50, 60, 150, 40, 70]),
        ]))
        panel.y.format = .si
        return Figure(size: .column, panel: panel)
    }

    /// Stacked bars (time breakdown), legend outside right.
    public static func stacked() -> Figure {
        var panel = Panel(title: "Stacked bars (synthetic data)", yLabel: "Time (h)")
        panel.add(BarChart(categories: ["A", "B", "C", "D"], groups: [
            BarGroup(label: "Training", values: [40, 38, 45, 6]),
            BarGroup(label: "Scoring", values: [0, 0, 0, 2.5]),
            BarGroup(label: "Search overhead", values: [1, 2.5, 6, 1.2]),
        ], stacked: true))
        panel.legend = .outsideRight
        return Figure(size: .inches(4.2, 2.4), panel: panel)
    }

    /// Tukey box plots, two series side by side per category.
    public static func box() -> Figure {
        var panel = Panel(title: "Box plots (synthetic data)", xLabel: "Search space", yLabel: "Kendall τ")
        let spaces = ["Space 1", "Space 2", "Space 3", "Space 4"]
        panel.add(BoxPlot(categories: spaces, samples: spaces.indices.map {
            SpecimenData.sample(30, mean: 0.55 + 0.05 * Double($0), std: 0.06, stream: 10 + $0) + [0.2]
        }, label: "Score A"))
        panel.add(BoxPlot(categories: spaces, samples: spaces.indices.map {
            SpecimenData.sample(30, mean: 0.62 + 0.03 * Double($0), std: 0.04, stream: 20 + $0)
        }, label: "Score B"))
        return Figure(size: .column, panel: panel)
    }

    /// Empirical CDFs of two latency samples with a percentile reference.
    public static func cdf() -> Figure {
        var panel = Panel(title: "CDFs (synthetic data)", xLabel: "Latency (ms)", yLabel: "Fraction of queries")
        panel.add(CDFSeries(values: SpecimenData.sample(400, mean: 12, std: 2.5, stream: 30), label: "Filtering phase"))
        panel.add(CDFSeries(values: SpecimenData.sample(400, mean: 18, std: 4, stream: 31), label: "Refinement phase", dash: .dashed))
        panel.add(ReferenceLine.horizontal(0.95, label: "p95"))
        panel.y.format = .percent
        return Figure(size: .column, panel: panel)
    }

    /// Error bars (mean ± std) with connecting lines.
    public static func errorBars() -> Figure {
        var panel = Panel(title: "Error bars (synthetic data)", xLabel: "Width multiplier", yLabel: "Return")
        let widths: [Double] = [0.25, 0.5, 1, 2, 4, 8]
        for (k, name) in ["Variant A", "Variant B"].enumerated() {
            let mean = widths.map { 800 + Double(k) * 150 + 300 * log2($0 + 1) * (k == 0 ? 0.6 : 1) }
            let std = widths.map { 60 + 20 * $0 / 8 }
            panel.add(ErrorBarSeries(x: widths, y: mean, error: std, label: name, marker: k == 0 ? .circle : .square, connect: true))
        }
        panel.x.scale = .log10
        panel.x.ticks = widths
        panel.x.tickLabels = ["¼", "½", "1", "2", "4", "8"]
        panel.legend = .upperLeft
        return Figure(size: .column, panel: panel)
    }

    /// A K–U heatmap with a colour bar and cell values.
    public static func heatmap() -> Figure {
        let ks = [1, 2, 4, 8, 16, 32], us = [1, 2, 4, 8, 16]
        let values = us.map { u in ks.map { k in 0.8 + 0.12 * (1 - exp(-Double(k) / 8)) - 0.01 * Double(u) * Double(k) / 32 } }
        var panel = Panel(title: "Heatmap (synthetic data)", xLabel: "K (candidates kept)", yLabel: "U (refinement steps)")
        panel.add(Heatmap(values: values, columnLabels: ks.map(String.init), rowLabels: us.map(String.init),
                          colorbarLabel: "Accuracy", cellFormat: .decimals(2), originBottom: true))
        return Figure(size: .inches(3.25, 2.6), panel: panel)
    }

    /// Log–log axes with a power law spanning many decades, SI formatted.
    public static func logLog() -> Figure {
        var panel = Panel(title: "Log-log axes (synthetic data)", xLabel: "Parameters", yLabel: "FLOPs per step")
        panel.x.scale = .log10
        panel.y.scale = .log10
        let p = (0..<30).map { pow(10, 3 + Double($0) * 0.2) }
        panel.add(LineSeries(x: p, y: p.map { 6 * $0 }, label: "6N", dash: .dashed))
        panel.add(LineSeries(x: p, y: p.map { 2 * pow($0, 1.1) }, label: "2N¹·¹", marker: .circle, markerSize: 3))
        panel.add(LineSeries(x: [1e4, 1e5, 1e6], y: [.nan, 3e5, -1], label: "Filtered"))
        panel.legend = .upperLeft
        return Figure(size: .column, panel: panel)
    }

    /// A 2×2 grid with shared axes and one legend below.
    public static func grid() -> Figure {
        var figure = Figure(rows: 2, columns: 2, size: .inches(6.75, 4.2), title: "2×2 grid with a shared legend (synthetic data)")
        figure.sharedX = true
        figure.sharedY = true
        figure.legend = .bottom
        figure.panelLetters = true
        let epochs = (0...50).map(Double.init)
        let titles = ["Benchmark 1", "Benchmark 2", "Benchmark 3", "Benchmark 4"]
        for (i, title) in titles.enumerated() {
            var panel = Panel(title: title, xLabel: "Epoch", yLabel: "Validation accuracy")
            for (k, name) in ["Method A", "Method B", "Method C", "Method D"].enumerated() {
                let ceiling = 0.9 - 0.1 * Double(i) - 0.03 * Double(k)
                let runs = (0..<4).map { SpecimenData.curve(epochs, rate: 0.12 + 0.03 * Double(k), ceiling: ceiling, noise: 0.01, run: $0 + 10 * k + 100 * i) }
                let band = PlotStats.meanStdBand(runs)
                panel.add(BandSeries(x: epochs, lower: band.lower, upper: band.upper))
                panel.add(LineSeries(x: epochs, y: band.mean, label: name))
            }
            figure.panels[i] = panel
        }
        return figure
    }
}
