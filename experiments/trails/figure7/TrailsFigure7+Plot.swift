import Datasets
import Foundation
import Plotting
import TabularStore

extension TrailsFigure7 {
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

extension TrailsFigure7 {
    /// The recomputed figure: (a) CPU latency of the paper's setting, split into its two phases;
    /// (b) training seconds of training-based MS vs TRAILS to reach the same AUC; log y axes.
    static func recomputedFigure(_ rows: [RecomputedRow]) -> Figure {
        let names = rows.map(\.name)
        var figure = Figure(rows: 1, columns: 2, size: .inches(7.5, 2.8))
        figure.panelLetters = true
        let colors = [Color(hex: 0x729ECE), Color(hex: 0xFFB579), Color(hex: 0x98DF8A)]
        let totals = rows.map { $0.latency.filtering + $0.latency.refinement }
        var latency = Plotting.Panel(title: "Latency on this CPU (N=1500, K=10, U=1)", yLabel: "Latency (s)",
                                     y: headroom(rows.flatMap { [$0.latency.filtering, $0.latency.refinement] } + totals), legend: .upperRight)
        latency.add(BarChart(categories: names, groups: [
            BarGroup(label: "Filtering", values: rows.map(\.latency.filtering), color: colors[0]),
            BarGroup(label: "Refinement", values: rows.map(\.latency.refinement), color: colors[1]),
            BarGroup(label: "TRAILS-CPU", values: totals, color: colors[2]),
        ]))
        let reached = rows.filter { ($0.cost?.refinementSeconds ?? 0) > 0 }
        var training = Plotting.Panel(title: "Training time vs Training-Based MS", yLabel: "CPU training time (s)",
                                      y: headroom(reached.flatMap { [$0.cost?.trainingBasedSeconds ?? 0, $0.cost?.refinementSeconds ?? 0] }),
                                      legend: .upperRight)
        training.add(BarChart(categories: reached.map(\.name), groups: [
            BarGroup(label: "Training-Based MS", values: reached.map { $0.cost?.trainingBasedSeconds ?? 0 }, color: colors[0]),
            BarGroup(label: "TRAILS", values: reached.map { $0.cost?.refinementSeconds ?? 0 }, color: colors[1]),
        ]))
        for (index, row) in reached.enumerated() {
            guard let cost = row.cost else { continue }
            training.add(TextAnnotation(String(format: "%.2f×", cost.trainingTimeSaved), x: Double(index) + 0.2,
                                        y: cost.refinementSeconds * 1.4, anchor: .bottom, color: Color(hex: 0xD62728)))
        }
        figure.panels = [latency, training]
        return figure
    }

    /// A log axis from half the smallest positive value to 30 times the largest, leaving room for the legend.
    static func headroom(_ values: [Double]) -> Axis {
        let positive = values.filter { $0 > 0 && $0.isFinite }
        guard let low = positive.min(), let high = positive.max() else { return Axis(scale: .log10) }
        return Axis(scale: .log10, limits: (low / 2)...(high * 30))
    }
}
