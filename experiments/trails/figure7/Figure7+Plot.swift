import Datasets
import Foundation
import Plotting

extension Figure7 {
    /// (a) latency per placement, (b) GPU time of training-based MS vs TRAILS; log y axes.
    static func figure(_ rows: [Row]) -> Figure {
        let names = rows.map(\.dataset.displayName)
        var figure = Figure(rows: 1, columns: 2, size: .inches(7.5, 2.8))
        figure.panelLetters = true
        var latency = Plotting.Panel(title: "Model selection latency", yLabel: "Latency (s)", y: Axis(scale: .log10), legend: .upperRight)
        let colors = [Color(hex: 0x729ECE), Color(hex: 0xFFB579), Color(hex: 0x98DF8A)]
        latency.add(BarChart(categories: names, groups: placements.indices.map { index in
            BarGroup(label: placements[index].label, values: rows.map { $0.latencies[index] }, color: colors[index])
        }))
        var gpu = Plotting.Panel(title: "GPU consumption vs Training-Based MS", yLabel: "GPU Time Consumption (s)",
                                 y: Axis(scale: .log10), legend: .upperRight)
        gpu.add(BarChart(categories: names, groups: [
            BarGroup(label: "Training-Based MS", values: rows.map(\.trainingBasedGPU), color: colors[0]),
            BarGroup(label: "TRAILS", values: rows.map(\.trailsGPU), color: colors[1]),
        ]))
        for (index, row) in rows.enumerated() {
            // Above the TRAILS bar: the second of two groups sits at category + 0.2.
            gpu.add(TextAnnotation(String(format: "%.2f×", row.reduction), x: Double(index) + 0.2, y: row.trailsGPU * 1.4,
                                   anchor: .bottom, color: Color(hex: 0xD62728)))
        }
        figure.panels = [latency, gpu]
        return figure
    }
}
