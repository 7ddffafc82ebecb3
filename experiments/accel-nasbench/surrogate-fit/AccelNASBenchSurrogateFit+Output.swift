import Datasets
import Plotting
import Statistics
import Tables

extension AccelNASBenchSurrogateFit {
    static func table(_ fits: [Fit]) -> Table {
        var table = Table(
            title: "Surrogate fit quality on the stored test split",
            columns: [
                Column("Surrogate"), Column("Model"),
                Column("Train", format: .integer), Column("Test", format: .integer),
                Column("Trees", format: .integer),
                Column("MAE", format: .fixed(digits: 4)), Column("RMSE", format: .fixed(digits: 4)),
                Column("R²", format: .fixed(digits: 4)),
                Column("Kendall τ", format: .fixed(digits: 4)),
                Column("Spearman ρ", format: .fixed(digits: 4)),
            ],
            identifier: "tab:anb-surrogate-fit")
        for fit in fits {
            table.addRow([
                .text("\(fit.label) (\(fit.target.unit))"), .text(fit.model), .number(Double(fit.trainCount)),
                .number(Double(fit.report.count)), fit.rounds.map { .number(Double($0)) } ?? .empty,
                .number(fit.report.meanAbsoluteError), .number(fit.report.rootMeanSquaredError),
                .number(fit.report.rSquared), .number(fit.report.kendallTau), .number(fit.report.spearman),
            ])
        }
        return table
    }

    static func figure(_ fits: [Fit]) -> Figure {
        let columns = 3
        var figure = Figure(
            rows: (fits.count + columns - 1) / columns, columns: columns,
            size: .inches(6.75, 2.1 * Double((fits.count + columns - 1) / columns)),
            title: "Accel-NASBench surrogates: predicted vs measured (test split)")
        for (index, fit) in fits.enumerated() {
            let low = min(fit.measured.min() ?? 0, fit.predicted.min() ?? 0)
            let high = max(fit.measured.max() ?? 1, fit.predicted.max() ?? 1)
            var panel = Panel(title: fit.label, xLabel: "measured (\(fit.target.unit))",
                              yLabel: "predicted", legend: .none)
            panel.add(LineSeries(x: [low, high], y: [low, high], color: .gray, width: 0.6, dash: .dashed))
            panel.add(ScatterSeries(
                x: fit.measured, y: fit.predicted, color: figure.theme.palette[index % figure.theme.palette.count],
                size: 1.8, opacity: 0.5))
            panel.add(TextAnnotation(
                "R² \(format(fit.report.rSquared))  τ \(format(fit.report.kendallTau))", x: 0.03, y: 0.95,
                coordinates: .axes, anchor: TextAnchor(.left, .top), fontSize: 6.5))
            panel.add(TextAnnotation(
                "MAE \(format(fit.report.meanAbsoluteError, digits: fit.report.meanAbsoluteError < 10 ? 3 : 0))",
                x: 0.97, y: 0.05, coordinates: .axes, anchor: TextAnchor(.right, .bottom), fontSize: 6.5))
            figure.panels[index] = panel
        }
        return figure
    }

    static func format(_ value: Double, digits: Int = 3) -> String {
        NumberFormat.fixed(digits: digits).string(value)
    }
}

extension AccelNASBench.Target {
    /// The unit of the target's values.
    var unit: String {
        switch self {
        case .accuracy, .top5Accuracy: return "%"
        case .trainTime: return "s"
        case .throughput: return "img/s"
        case .latency: return "ms"
        }
    }

    /// A short title.
    var label: String {
        switch self {
        case .accuracy: return "Top-1 accuracy"
        case .top5Accuracy: return "Top-5 accuracy"
        case .trainTime: return "Train time"
        case .throughput(let device): return "\(device.displayName) throughput"
        case .latency(let device): return "\(device.displayName) latency"
        }
    }
}
