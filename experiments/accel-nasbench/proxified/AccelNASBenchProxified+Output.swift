import Plotting
import Statistics
import Tables

extension AccelNASBenchProxified {
    static func figure(
        meanFewProxy: [Double], meanProxified: [Double], stdFewProxy: [Double], stdProxified: [Double],
        report: RegressionReport, co2: (proxified: Double, fewProxy: Double), ratio: Double
    ) -> Figure {
        var figure = Figure(rows: 1, columns: 2, size: .inches(6.75, 3.0),
                            title: "Proxified vs few-proxy training (117 architectures, 3 seeds each)")
        var scatter = Panel(title: "Mean top-1 over seeds", xLabel: "top-1, few-proxy (%)",
                            yLabel: "top-1, proxified (%)", legend: .none)
        // Horizontal error bars as one NaN-separated line.
        var hx: [Double] = [], hy: [Double] = []
        for index in meanFewProxy.indices {
            hx += [meanFewProxy[index] - stdFewProxy[index], meanFewProxy[index] + stdFewProxy[index], .nan]
            hy += [meanProxified[index], meanProxified[index], .nan]
        }
        scatter.add(LineSeries(x: hx, y: hy, color: .gray, width: 0.5))
        var bars = ErrorBarSeries(
            x: meanFewProxy, y: meanProxified, error: stdProxified, color: .black, marker: .circle)
        bars.capSize = 0
        scatter.add(bars)
        let kl = NumberFormat.scientific(digits: 2).string(report.klDivergence ?? .nan)
        let lines = [
            "KL div. = \(kl)",
            "Kendall τ = \(fixed(report.kendallTau))",
            "Spearman ρ = \(fixed(report.spearman))",
            "mean σ proxified = \(NumberFormat.scientific(digits: 2).string(Descriptive.mean(stdProxified) / 100))",
            "mean σ few-proxy = \(NumberFormat.scientific(digits: 2).string(Descriptive.mean(stdFewProxy) / 100))",
        ]
        for (row, line) in lines.enumerated() {
            scatter.add(TextAnnotation(line, x: 0.03, y: 0.96 - 0.075 * Double(row), coordinates: .axes,
                                       anchor: TextAnchor(.left, .top), fontSize: 6.5))
        }
        figure.panels[0] = scatter

        var cost = Panel(title: "Training CO₂ cost", xLabel: nil, yLabel: "CO₂ emissions (kg)", legend: .none)
        cost.add(BarChart(categories: ["Proxified", "Few-proxy"], groups: [
            BarGroup(values: [co2.proxified, co2.fewProxy]),
        ], width: 0.6))
        cost.add(TextAnnotation(
            "≈\(NumberFormat.fixed(digits: 1).string(ratio))× cheaper", x: 0.27, y: 0.45, coordinates: .axes,
            anchor: .center, color: Color(hex: 0xD55E00)))
        figure.panels[1] = cost
        return figure
    }

    static func fixed(_ value: Double) -> String { NumberFormat.fixed(digits: 3).string(value) }

    static func table(_ numbers: [String: Double]) -> Table {
        var table = Table(
            title: "Proxified vs few-proxy: rank agreement and cost",
            columns: [Column("Quantity"), Column("Value", format: .fixed(digits: 4))],
            identifier: "tab:anb-proxified")
        let rows: [(String, String)] = [
            ("Kendall τ (means)", "kendall"), ("Spearman ρ (means)", "spearman"), ("KL divergence", "kl"),
            ("GPU-node hours, proxified", "hours.proxified"), ("GPU-node hours, few-proxy", "hours.fewproxy"),
            ("CO₂ kg, proxified", "co2_kg.proxified"), ("CO₂ kg, few-proxy", "co2_kg.fewproxy"),
            ("Cost ratio few-proxy / proxified", "cost_ratio"),
        ]
        for (label, key) in rows { table.addRow([.text(label), .number(numbers[key] ?? .nan)]) }
        return table
    }
}
