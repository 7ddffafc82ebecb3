import Datasets
import Foundation
import Plotting

extension NKTradeoffFigure {
    /// One panel per dataset, one line per budget, log N/K axis.
    static func figure(_ lines: [Line], datasets: [TRAILS.Dataset]) -> Figure {
        var figure = Figure(rows: 1, columns: max(1, datasets.count), size: .inches(2.8 * Double(max(1, datasets.count)), 2.8))
        figure.legend = .top
        let markers: [Marker] = [.circle, .triangle, .square, .diamond]
        let dashes: [Dash] = [.dashDot, .dotted, .dashed, .solid]
        for (index, dataset) in datasets.enumerated() {
            var panel = Plotting.Panel(
                title: dataset.displayName, xLabel: "N/K",
                yLabel: dataset.isTabular ? "AUC on \(dataset.displayName)" : "Test Acc on \(dataset.displayName)",
                x: Axis(scale: .log10), legend: .none)
            for (order, line) in lines.filter({ $0.dataset == dataset }).enumerated() {
                panel.add(LineSeries(x: line.points.map(\.x), y: line.points.map(\.mean), label: line.label,
                                     dash: dashes[order % dashes.count], marker: markers[order % markers.count]))
            }
            figure.panels[index] = panel
        }
        return figure
    }
}
