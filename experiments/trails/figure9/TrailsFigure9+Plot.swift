import Datasets
import Foundation
import Plotting

extension TrailsFigure9 {
    /// The colour, marker and dash of each method, as in the paper's legend.
    static func style(_ method: TRAILS.RefinementMethod) -> (color: Color, marker: Marker, dash: Dash) {
        switch method {
        case .uniform: (Color(hex: 0x1F77B4), .diamond, .dashDot)
        case .successiveRejects: (Color(hex: 0xFF7F0E), .triangle, .dashed)
        case .successiveHalving: (Color(hex: 0x2CA02C), .circle, .solid)
        }
    }

    /// One panel per dataset: mean line and 25–75 % band per method, log time axis.
    static func figure(_ panels: [DatasetBands]) -> Figure {
        var figure = Figure(rows: 1, columns: max(1, panels.count), size: .inches(2.7 * Double(max(1, panels.count)), 2.9))
        figure.legend = .top
        for (index, panel) in panels.enumerated() {
            let name = panel.dataset.displayName
            let runs = panel.completedRuns == 100 ? "" : " (\(panel.completedRuns) runs)"
            var plot = Plotting.Panel(
                title: name + runs, xLabel: "Time Budget T (min)",
                yLabel: panel.dataset.isTabular ? "AUC on \(name)" : "Test Acc on \(name)",
                x: Axis(scale: .log10), legend: .none)
            for (method, points) in panel.bands where !points.isEmpty {
                let style = style(method)
                plot.add(BandSeries(x: points.map(\.x), lower: points.map(\.lower), upper: points.map(\.upper),
                                    color: style.color, opacity: 0.15))
                plot.add(LineSeries(x: points.map(\.x), y: points.map(\.mean), label: method.displayName,
                                    color: style.color, dash: style.dash, marker: style.marker))
            }
            figure.panels[index] = plot
        }
        return figure
    }
}
