import Datasets
import Plotting
import Search
import Tables

extension AccelNASBenchNAS {
    static func anytimeFigure(_ curves: [(name: String, trace: AggregatedTrace)]) -> Figure {
        var panel = Panel(title: "Uni-objective NAS on the accuracy surrogate (mean ± std over seeds)",
                          xLabel: "architectures evaluated", yLabel: "best predicted top-1 (%)", legend: .lowerRight)
        let palette = Theme.paper.palette
        for (index, curve) in curves.enumerated() {
            let trace = curve.trace
            let color = palette[index % palette.count]
            panel.add(BandSeries(
                x: trace.grid, lower: zip(trace.mean, trace.standardDeviation).map { $0 - $1 },
                upper: zip(trace.mean, trace.standardDeviation).map { $0 + $1 }, color: color))
            panel.add(LineSeries(x: trace.grid, y: trace.mean, label: curve.name, color: color))
        }
        return Figure(size: .inches(5, 3.2), panel: panel)
    }

    static func biObjectiveFigure(sampled: [Sampled], front: [Int], measured: [(throughput: Double, accuracy: Double)],
                                  device: AccelNASBench.Device, target: Double) -> Figure {
        var panel = Panel(title: "Bi-objective REINFORCE on \(device.rawValue.uppercased()) (reward acc × (thr/\(Int(target)))^0.07)",
                          xLabel: "throughput (img/s)", yLabel: "top-1 (%)", legend: .lowerLeft)
        panel.add(ScatterSeries(x: measured.map(\.throughput), y: measured.map(\.accuracy),
                                label: "dataset (measured)", color: .lightGray, size: 1.5, opacity: 0.6))
        panel.add(ScatterSeries(
            x: sampled.map(\.throughput), y: sampled.map(\.accuracy), label: "searched (colour: epoch)",
            values: sampled.map { Double($0.epoch) }, colormap: .viridis, size: 2.2, opacity: 0.8))
        panel.add(LineSeries(x: front.map { sampled[$0].throughput }, y: front.map { sampled[$0].accuracy },
                             label: "Pareto front", color: Color(hex: 0xD55E00), marker: .diamond))
        panel.add(ReferenceLine.vertical(target, label: "target"))
        return Figure(size: .inches(5, 3.6), panel: panel)
    }

    static func summaryTable(runs: [String], numbers: [String: Double], keys: [String]) -> Table {
        var table = Table(
            title: "Best predicted top-1 after the full budget (mean ± std over seeds)",
            columns: [Column("Optimizer"), Column("Best top-1", unit: "%", format: .fixed(digits: 3), highlight: .max)],
            identifier: "tab:anb-nas")
        for (name, key) in zip(runs, keys) {
            table.addRow([.text(name), .numberWithStd(numbers["\(key).final_best.mean"] ?? .nan,
                                                      std: numbers["\(key).final_best.std"] ?? .nan)])
        }
        table.addRow([.text("Dataset maximum (measured)"), .number(numbers["dataset.max_top1"] ?? .nan)])
        return table
    }

    static func paretoTable(sampled: [Sampled], front: [Int], space: CategoricalSpace) -> Table {
        var table = Table(
            title: "Pareto front of the bi-objective search (surrogate predictions)",
            columns: [Column("Throughput", unit: "img/s", format: .fixed(digits: 1)),
                      Column("Top-1", unit: "%", format: .fixed(digits: 3)), Column("Epoch", format: .integer)],
            identifier: "tab:anb-pareto")
        for index in front {
            table.addRow([.number(sampled[index].throughput), .number(sampled[index].accuracy),
                          .number(Double(sampled[index].epoch))])
        }
        return table
    }
}
