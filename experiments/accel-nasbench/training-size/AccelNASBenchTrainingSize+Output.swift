import Plotting
import Statistics
import Tables

extension AccelNASBenchTrainingSize {
    static func figure(sizes: [Int], scores: [[Score]], tabularProxified: RegressionReport,
                       tabularFewProxy: RegressionReport) -> Figure {
        var figure = Figure(rows: 2, columns: 2, size: .inches(6.75, 4.6),
                            title: "Accuracy surrogate vs training-set size (117 ablation architectures)")
        figure.sharedX = true
        let x = sizes.map(Double.init)
        let panels: [(String, String, KeyPath<Score, Double>, Double)] = [
            ("Kendall τ vs proxified GT", "Kendall τ", \.kendallProxified, tabularProxified.kendallTau),
            ("MAE vs proxified GT", "MAE (%)", \.maeProxified, tabularProxified.meanAbsoluteError),
            ("Kendall τ vs few-proxy GT", "Kendall τ", \.kendallFewProxy, tabularFewProxy.kendallTau),
            ("KL div. vs few-proxy GT", "KL divergence", \.klFewProxy, tabularFewProxy.klDivergence ?? .nan),
        ]
        for (index, spec) in panels.enumerated() {
            let means = scores.map { Descriptive.mean($0.map { $0[keyPath: spec.2] }) }
            let deviations = scores.map { Descriptive.standardDeviation($0.map { $0[keyPath: spec.2] }, ddof: 0) }
            var panel = Panel(title: spec.0, xLabel: "training data size", yLabel: spec.1, legend: .best)
            let color = figure.theme.palette[index % 2]
            panel.add(ErrorBarSeries(x: x, y: means, error: deviations, label: "surrogate (ours)", color: color,
                                     connect: true))
            panel.add(ReferenceLine.horizontal(spec.3, label: "tabular (one seed)", color: color))
            figure.panels[index] = panel
        }
        return figure
    }

    static func table(sizes: [Int], scores: [[Score]]) -> Table {
        var table = Table(
            title: "Accuracy surrogate vs training-set size (mean ± std over seeds)",
            columns: [
                Column("Samples", format: .integer),
                Column("τ vs proxified", format: .fixed(digits: 4)), Column("MAE vs proxified", unit: "%", format: .fixed(digits: 3)),
                Column("τ vs few-proxy", format: .fixed(digits: 4)), Column("KL vs few-proxy", format: .scientific(digits: 2)),
            ],
            identifier: "tab:anb-training-size")
        for (size, row) in zip(sizes, scores) {
            func cell(_ path: KeyPath<Score, Double>) -> Cell {
                let values = row.map { $0[keyPath: path] }
                return .numberWithStd(Descriptive.mean(values), std: Descriptive.standardDeviation(values, ddof: 0))
            }
            table.addRow([.number(Double(size)), cell(\.kendallProxified), cell(\.maeProxified),
                          cell(\.kendallFewProxy), cell(\.klFewProxy)])
        }
        return table
    }
}
