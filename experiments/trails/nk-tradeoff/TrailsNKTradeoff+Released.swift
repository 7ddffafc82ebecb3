import Datasets
import Diagnostics
import Foundation
import Harness
import Tables

extension TrailsNKTradeoff {
    /// One budget's line: band points at each N/K.
    struct Line {
        var dataset: TRAILS.Dataset
        var label: String
        var points: [TRAILS.BandPoint]
    }

    static func runReleased(config: Config, context: RunContext) throws -> RunResult {
        var numbers: [String: Double] = [:]
        var lines: [Line] = []
        for dataset in config.datasets.compactMap({ TRAILS.Dataset(rawValue: $0) }) {
            guard let path = TRAILS.nkTradeoffPath(dataset) else { continue }
            let file = try TRAILS.NKTradeoff.load(try context.input(path))
            guard file.settingCount == config.ratios.count else {
                throw LoadError(file: file.file, reason: "\(file.settingCount) settings per run but \(config.ratios.count) ratios configured")
            }
            var overall = Array(repeating: 0.0, count: config.ratios.count)
            for budget in file.budgets {
                let points = config.ratios.indices.compactMap { index in
                    TRAILS.BandPoint(x: config.ratios[index], values: budget.runs.map { $0[index] })
                }
                lines.append(Line(dataset: dataset, label: budget.label, points: points))
                for (index, point) in points.enumerated() { overall[index] += point.mean / Double(file.budgets.count) }
                if let best = points.max(by: { $0.mean < $1.mean }) {
                    numbers["\(dataset.fileStem).\(Int(budget.minutes))min.best_ratio"] = best.x
                }
            }
            if let bestIndex = overall.indices.max(by: { overall[$0] < overall[$1] }) {
                numbers["\(dataset.fileStem).best_ratio"] = config.ratios[bestIndex]
                numbers["\(dataset.fileStem).log10_best_ratio"] = log10(config.ratios[bestIndex])
            }
        }
        var table = Table(
            title: "TRAILS N/K trade-off (released): mean selected-model value per N/K and budget",
            columns: [Column("Budget"), Column("N/K", format: .integer), Column("Mean", format: .fixed(digits: 4)),
                      Column("Q25", format: .fixed(digits: 4)), Column("Q75", format: .fixed(digits: 4)), Column("Runs", format: .integer)],
            identifier: "trails-nk-released")
        for line in lines {
            for point in line.points {
                table.addRow([.text(line.label), .number(point.x), .number(point.mean), .number(point.lower),
                              .number(point.upper), .number(Double(point.count))],
                             group: "\(line.dataset.displayName) (\(line.dataset.metricName))")
            }
        }
        try table.write(to: context.output("nk-tradeoff-released"), formats: [.csv, .markdown])
        let datasets = config.datasets.compactMap { TRAILS.Dataset(rawValue: $0) }
        for warning in try figure(lines, datasets: datasets).write(to: context.output("nk-tradeoff-released"), formats: [.pdf, .svg, .png]) {
            context.logger.warning("nk-tradeoff-released: \(warning)")
        }
        return RunResult(numbers: numbers, notes: [
            "Best N/K = the setting with the highest mean value averaged over the four budgets (ties: the smallest N/K).",
            "N/K values assumed: \(config.ratios.map { formatNumber($0) }.joined(separator: ", ")).",
        ])
    }
}
