import Datasets
import Foundation
import Plotting

extension TrailsFigure8 {
    static let withoutColor = Color(hex: 0xFFB579)
    static let withColor = Color(hex: 0x729ECE)

    /// (a) Criteo workloads, linear y; (b) preprocessing time, log y.
    static func figure(workloads: [(label: String, inDB: Double, outDB: Double)],
                       loading: [(label: String, inDB: Double, outDB: Double)]) -> Figure {
        var figure = Figure(rows: 1, columns: 2, size: .inches(7.5, 2.8))
        figure.panelLetters = true
        figure.legend = .top
        var left = Plotting.Panel(title: "Latency of exploring models on Criteo", yLabel: "Latency (s)", legend: .none)
        left.add(BarChart(categories: workloads.map(\.label), groups: [
            BarGroup(label: "TRAILS w/o RDBMS", values: workloads.map(\.outDB), color: withoutColor),
            BarGroup(label: "TRAILS", values: workloads.map(\.inDB), color: withColor),
        ]))
        var right = Plotting.Panel(title: "Initial data preprocessing", yLabel: "Latency (s)", y: Axis(scale: .log10), legend: .none)
        right.add(BarChart(categories: loading.map(\.label), groups: [
            BarGroup(label: "TRAILS w/o RDBMS", values: loading.map(\.outDB), color: withoutColor),
            BarGroup(label: "TRAILS", values: loading.map(\.inDB), color: withColor),
        ]))
        figure.panels = [left, right]
        return figure
    }

    /// Measured filtering latency in and out of the database per workload.
    static func tracesFigure(_ rows: [(label: String, inDB: Double, outDB: Double)]) -> Figure {
        var panel = Plotting.Panel(title: "Filtering latency (released traces)", yLabel: "Latency (s)", legend: .upperRight)
        panel.add(BarChart(categories: rows.map(\.label), groups: [
            BarGroup(label: "Out-of-DB", values: rows.map(\.outDB), color: withoutColor),
            BarGroup(label: "In-DB", values: rows.map(\.inDB), color: withColor),
        ]))
        return Figure(size: .inches(6, 2.8), panel: panel)
    }
}
