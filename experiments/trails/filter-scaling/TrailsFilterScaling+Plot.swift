import Datasets
import Foundation
import Plotting
import Selection
import TabularStore

extension TrailsFilterScaling {
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

extension TrailsFilterScaling {
    /// The recomputed figure: (a) mean time per worker count; (b) models scored over time.
    static func recomputedFigure(_ runs: [FilteringMeasurement], models: Int, dataset: String) -> Figure {
        var figure = Figure(rows: 1, columns: 2, size: .inches(7.5, 2.8))
        figure.panelLetters = true
        let counts = Array(Set(runs.map(\.workers))).sorted()
        let label = { (n: Int) in n == 1 ? "1 CPU" : "\(n) CPUs" }
        var totals = Plotting.Panel(title: "Time to score \(models) \(dataset) models (this machine)", yLabel: "Latency (s)", legend: .none)
        totals.add(BarChart(categories: counts.map(label), groups: [
            BarGroup(label: "Filtering", values: counts.map { FilteringMeasurement.meanSeconds(runs, workers: $0) }, color: Color(hex: 0x729ECE)),
        ]))
        var progress = Plotting.Panel(title: "Models scored over time", xLabel: "Time (s)", yLabel: "Models scored", legend: .lowerRight)
        for workers in counts {
            let elapsed = FilteringMeasurement.meanCompletions(runs, workers: workers)
            progress.add(LineSeries(x: [0] + elapsed, y: (0...elapsed.count).map(Double.init), label: label(workers)))
        }
        figure.panels = [totals, progress]
        return figure
    }
}
