import Foundation
import Plotting
import Selection
import TabularStore

extension TrailsKUHeatmap {
    /// One row per dataset: the AUC ×100 heatmap and the epochs heatmap, K down, U across.
    static func figure(_ grids: [(name: String, count: Int, summary: KUSummary)]) -> Figure {
        var figure = Figure(rows: max(1, grids.count), columns: 2, size: .inches(9, 2.6 * Double(max(1, grids.count))))
        for (row, grid) in grids.enumerated() {
            let s = grid.summary
            let columns = s.minimumFidelities.map(String.init), rows = s.kept.map(String.init)
            var auc = Plotting.Panel(title: "\(grid.name) (ours, \(grid.count) archs): AUC ×100",
                                     xLabel: "U (# Training Epoch)", yLabel: "K (# Explored Models)", legend: .none)
            auc.add(Heatmap(values: s.auc.map { $0.map { 100 * $0 } }, columnLabels: columns, rowLabels: rows,
                            colormap: .viridis, cellFormat: .decimals(2)))
            var epochs = Plotting.Panel(title: "\(grid.name): epochs trained",
                                        xLabel: "U (# Training Epoch)", yLabel: "K (# Explored Models)", legend: .none)
            epochs.add(Heatmap(values: s.epochs.map { $0.map(Double.init) }, columnLabels: columns, rowLabels: rows,
                               colormap: .viridis, cellFormat: .decimals(0)))
            figure.panels[2 * row] = auc
            figure.panels[2 * row + 1] = epochs
        }
        return figure
    }
}
