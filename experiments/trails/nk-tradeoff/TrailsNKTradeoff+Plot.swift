import Datasets
import Foundation
import Harness
import Plotting
import Selection
import TabularStore

extension TrailsNKTradeoff {
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

extension TrailsNKTradeoff {
    /// The recomputed figure: one panel per dataset, one line per budget, crosses on plans capped by the sample size.
    static func recomputedFigure(_ panels: [(name: String, count: Int, points: [RatioPoint])]) -> Figure {
        var figure = Figure(rows: 1, columns: max(1, panels.count), size: .inches(3.2 * Double(max(1, panels.count)), 3))
        figure.legend = .top
        let markers: [Marker] = [.circle, .triangle, .square, .diamond]
        let dashes: [Dash] = [.dashDot, .dotted, .dashed, .solid]
        for (index, panel) in panels.enumerated() {
            let budgets = Array(Set(panel.points.map(\.budget))).sorted()
            let reference = budgets.first ?? 1
            var plot = Plotting.Panel(title: "\(panel.name) (ours, \(panel.count) archs, T = \(formatBudget(reference)))", xLabel: "N/K",
                                      yLabel: "AUC on \(panel.name)", x: Axis(scale: .log10), legend: .none)
            for (order, budget) in budgets.enumerated() {
                let line = panel.points.filter { $0.budget == budget && !$0.mean.isNaN }.sorted { $0.ratio < $1.ratio }
                let multiple = budget / reference
                let label = multiple < 1.01 ? "budget T" : "budget \(formatNumber((multiple * 100).rounded() / 100))T"
                plot.add(LineSeries(x: line.map { Double($0.ratio) }, y: line.map(\.mean), label: label,
                                    dash: dashes[order % dashes.count], marker: markers[order % markers.count]))
            }
            let capped = panel.points.filter { $0.isCapped && !$0.mean.isNaN }
            if !capped.isEmpty {
                plot.add(ScatterSeries(x: capped.map { Double($0.ratio) }, y: capped.map(\.mean), label: "N capped by the sample",
                                       color: Color(hex: 0x555555), size: 9, marker: .cross, opacity: 1))
            }
            figure.panels[index] = plot
        }
        return figure
    }

    /// A budget in seconds, e.g. `13.5 s`.
    static func formatBudget(_ seconds: Double) -> String {
        String(format: seconds < 10 ? "%.2f s" : "%.1f s", seconds)
    }
}
