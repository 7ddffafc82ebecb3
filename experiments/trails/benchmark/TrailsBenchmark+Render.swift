import Harness
import Numerics
import Plotting
import Statistics
import TabularStore
import Tables

extension TrailsBenchmark {
    /// Learning curves of every architecture per data set, and a summary table.
    static func render(_ summaries: [Summary], context: RunContext) throws {
        var figure = Figure(rows: 1, columns: summaries.count, size: .inches(6.75, 2.8),
                            title: "Our NAS-Bench-Tabular: validation AUC per epoch")
        var table = Table(
            title: "Our NAS-Bench-Tabular",
            columns: [
                Column("Dataset", format: .integer), Column("Architectures", format: .integer),
                Column("Epochs", format: .integer), Column("Best AUC", format: .fixed(digits: 4)),
                Column("Median AUC", format: .fixed(digits: 4)), Column("Epoch", unit: "s", format: .fixed(digits: 2)),
                Column("All TFMEMs", unit: "s", format: .fixed(digits: 3)), Column("Archs/hour", format: .fixed(digits: 0)),
            ],
            identifier: "tab:trails-benchmark")
        for (index, summary) in summaries.enumerated() {
            var panel = Panel(title: summary.dataset.name, xLabel: "epoch", yLabel: "validation AUC")
            let epochs = (1...summary.benchmark.epochs).map(Double.init)
            for record in summary.benchmark.records {
                panel.add(LineSeries(x: epochs, y: record.validationAUC, color: Color(hex: 0x9AA5B1, alpha: 0.35), width: 0.5))
            }
            let median = (1...summary.benchmark.epochs).map { Descriptive.median(summary.benchmark.auc(atEpoch: $0)) }
            panel.add(LineSeries(x: epochs, y: median, label: "median", color: figure.theme.palette[0], width: 1.6))
            let best = (1...summary.benchmark.epochs).map { summary.benchmark.bestAUC(atEpoch: $0) }
            panel.add(LineSeries(x: epochs, y: best, label: "best", color: figure.theme.palette[1], width: 1.2, dash: .dashed))
            let low = summary.finalAUC.sorted()[summary.finalAUC.count / 10]
            panel.y = Axis(label: "validation AUC", limits: max(low - 0.05, 0)...min((best.max() ?? 1) + 0.01, 1))
            figure.panels[index] = panel
            table.addRow([
                .text(summary.dataset.name), .number(Double(summary.benchmark.count)), .number(Double(summary.benchmark.epochs)),
                .number(summary.finalAUC.max() ?? .nan), .number(Descriptive.median(summary.finalAUC)),
                .number(summary.benchmark.meanEpochSeconds), .number(summary.scoringSecondsPerArchitecture),
                .number(3600 / (summary.trainingSecondsPerArchitecture + summary.scoringSecondsPerArchitecture)),
            ])
        }
        _ = try figure.write(to: context.output("benchmark-curves"))
        try table.write(to: context.output("benchmark-summary"))
    }
}
