import Datasets
import Foundation
import Plotting

extension TrailsFigure6 {
    /// Colour, marker and dash per method, as in the paper's legend.
    static func style(_ name: String) -> (color: Color, marker: Marker, dash: Dash) {
        switch name {
        case "Training-Based MS": (Color(hex: 0x1F77B4), .diamond, .dashDot)
        case "Training-Free MS": (Color(hex: 0xFF7F0E), .triangle, .dashed)
        default: (Color(hex: 0x2CA02C), .circle, .solid)
        }
    }

    /// Two rows of three panels (tabular, then NB201), median line and band per method, log time axis.
    static func figure(_ panels: [DatasetBands]) -> Figure {
        let columns = 3
        let rows = max(1, (panels.count + columns - 1) / columns)
        var figure = Figure(rows: rows, columns: columns, size: .inches(9, 3 * Double(rows)))
        figure.legend = .top
        for (index, panel) in panels.enumerated() {
            let name = panel.dataset.displayName
            var plot = Plotting.Panel(
                title: panel.dataset.isTabular ? "DNN + \(name)" : "NB201 + \(name)",
                xLabel: "Response Time Threshold T_max (min)",
                yLabel: panel.dataset.isTabular ? "AUC on \(name)" : "Test Acc on \(name)",
                x: Axis(scale: .log10), legend: .none)
            for (seriesName, points) in panel.series where !points.isEmpty {
                let style = style(seriesName)
                plot.add(BandSeries(x: points.map(\.x), lower: points.map(\.lower), upper: points.map(\.upper),
                                    color: style.color, opacity: 0.15))
                plot.add(LineSeries(x: points.map(\.x), y: points.map(\.median), label: seriesName, color: style.color,
                                    dash: style.dash, marker: points.count > 20 ? .none : style.marker))
            }
            if let best = panel.globalBest {
                plot.add(ReferenceLine(.horizontal(y: best), label: "Global Best Accuracy",
                                       color: Color(hex: 0xD62728), dash: .solid))
            }
            figure.panels[index] = plot
        }
        return figure
    }
}
