import Datasets
import Foundation
import Plotting

extension FilterScalingFigure {
    /// (a) mean time to score the models per CPU count; (b) models scored against time.
    static func figure(_ scaling: TRAILS.FilterScaling) -> Figure {
        var figure = Figure(rows: 1, columns: 2, size: .inches(7.5, 2.8))
        figure.panelLetters = true
        var totals = Plotting.Panel(title: "Time to score 1,000 Criteo models", yLabel: "Latency (s)", legend: .none)
        totals.add(BarChart(categories: scaling.settings.map(\.label), groups: [
            BarGroup(label: "Filtering", values: scaling.settings.map(\.meanTotalSeconds), color: Color(hex: 0x729ECE)),
        ]))
        var progress = Plotting.Panel(title: "Models scored over time", xLabel: "Time (s)", yLabel: "Models scored", legend: .lowerRight)
        for setting in scaling.settings {
            let count = setting.modelsPerRun
            let meanElapsed = (0..<count).map { index in
                setting.elapsed.map { $0[index] }.reduce(0, +) / Double(max(1, setting.elapsed.count))
            }
            progress.add(LineSeries(x: meanElapsed, y: (1...max(1, count)).map(Double.init), label: setting.label))
        }
        figure.panels = [totals, progress]
        return figure
    }
}
