import Datasets
import Foundation
import Harness
import Tables

extension TrailsFigure9 {
    /// One dataset's panel: the three methods' bands.
    struct DatasetBands {
        var dataset: TRAILS.Dataset
        var bands: [(method: TRAILS.RefinementMethod, points: [TRAILS.BandPoint])]
        var completedRuns: Int
    }

    static func runReleased(config: Config, context: RunContext) throws -> RunResult {
        var numbers: [String: Double] = [:]
        var notes: [String] = []
        var panels: [DatasetBands] = []
        for dataset in releasedDatasets(config) {
            guard let path = TRAILS.refinementBenchmarkPath(dataset) else { continue }
            let benchmark = try TRAILS.RefinementBenchmark.load(try context.input(path))
            for warning in benchmark.warnings {
                context.logger.warning("\(warning.description)")
                notes.append(warning.description)
            }
            guard benchmark.isPlottable else { continue }
            let bands = benchmark.traces.map { ($0.method, $0.band(lowerLevel: config.bandLower, upperLevel: config.bandUpper)) }
            let panel = DatasetBands(dataset: dataset, bands: bands, completedRuns: benchmark.completedRuns)
            panels.append(panel)
            numbers.merge(summaryNumbers(panel), uniquingKeysWith: { $1 })
            notes.append(feasibilityNote(panel))
        }
        try summaryTable(panels).write(to: context.output("figure9-released"), formats: [.csv, .markdown])
        for warning in try figure(panels).write(to: context.output("figure9-released"), formats: [.pdf, .svg, .png]) {
            context.logger.warning("figure9-released: \(warning)")
        }
        let draft = try historicalPanels(config: config, context: context)
        if !draft.isEmpty {
            for (key, value) in draft.flatMap({ summaryNumbers($0) }) { numbers["history.\(key)"] = value }
            try summaryTable(draft).write(to: context.output("figure9-draft-released"), formats: [.csv, .markdown])
            for warning in try figure(draft).write(to: context.output("figure9-draft-released"), formats: [.pdf, .svg, .png]) {
                context.logger.warning("figure9-draft-released: \(warning)")
            }
            notes.append("figure9-draft-released re-renders the older 50-run files (history/exp_files__micro_phase2_*) that the draft figure in the repository README was drawn from; the headline figure uses the final micro_phase2_* files.")
        }
        return RunResult(numbers: numbers, notes: notes)
    }

    /// The draft figure's panels, from the older files in `history/`.
    static func historicalPanels(config: Config, context: RunContext) throws -> [DatasetBands] {
        try config.historicalDatasets.compactMap { stem -> DatasetBands? in
            guard let dataset = TRAILS.Dataset(rawValue: stem), let path = TRAILS.historicalRefinementBenchmarkPath(dataset) else { return nil }
            let benchmark = try TRAILS.RefinementBenchmark.load(try context.input(path))
            guard benchmark.isPlottable else { return nil }
            let bands = benchmark.traces.map { ($0.method, $0.band(lowerLevel: config.bandLower, upperLevel: config.bandUpper)) }
            return DatasetBands(dataset: dataset, bands: bands, completedRuns: benchmark.completedRuns)
        }
    }

    /// Plateau values, spreads and first feasible budgets, keyed `<dataset>.<method>.<what>`.
    static func summaryNumbers(_ panel: DatasetBands) -> [String: Double] {
        let prefix = panel.dataset.fileStem
        var numbers: [String: Double] = ["\(prefix).completed_runs": Double(panel.completedRuns)]
        var firstFeasible: [TRAILS.RefinementMethod: Double] = [:]
        for (method, points) in panel.bands {
            guard let first = points.first, let last = points.last else { continue }
            let key = "\(prefix).\(method.fileKey)"
            firstFeasible[method] = first.x
            numbers["\(key).first_feasible_min"] = first.x
            numbers["\(key).log10_first_feasible_min"] = log10(first.x)
            numbers["\(key).final_median"] = last.median
            numbers["\(key).final_mean"] = last.mean
            let medians = points.map(\.median)
            numbers["\(key).median_spread"] = (medians.max() ?? 0) - (medians.min() ?? 0)
            numbers["\(key).feasible_budgets"] = Double(points.count)
            let closeEnough = panel.dataset.isTabular ? 0.0001 : 0.01
            if let plateau = points.first(where: { $0.median >= last.median - closeEnough }) {
                numbers["\(key).log10_plateau_from_min"] = log10(plateau.x)
            }
        }
        if let sh = firstFeasible[.successiveHalving], let uniform = firstFeasible[.uniform],
           let sr = firstFeasible[.successiveRejects] {
            numbers["\(prefix).uniform_vs_sh.log10_delay"] = log10(uniform / sh)
            numbers["\(prefix).order_sh_uniform_sr"] = sh < uniform && uniform < sr ? 1 : 0
            numbers["\(prefix).feasibility_order_uniform_sh_sr"] = uniform < sh && sh < sr ? 1 : 0
        }
        return numbers
    }

    /// Where each method first becomes feasible, in words (explains the delay claims).
    static func feasibilityNote(_ panel: DatasetBands) -> String {
        let parts = panel.bands.compactMap { method, points in
            points.first.map { "\(method.displayName) from \(formatNumber(($0.x * 1000).rounded() / 1000)) min" }
        }
        return "\(panel.dataset.displayName) (released file, \(panel.completedRuns) runs): first feasible budget "
            + parts.joined(separator: ", ")
    }

    /// Every plotted point: dataset, method, budget, runs, mean, median and band.
    static func summaryTable(_ panels: [DatasetBands]) -> Table {
        var table = Table(
            title: "TRAILS Figure 9 (released): selected-model value per time budget",
            columns: [
                Column("Method"), Column("Budget", unit: "min", format: .fixed(digits: 3)),
                Column("Runs", format: .integer), Column("Mean", format: .fixed(digits: 4)),
                Column("Median", format: .fixed(digits: 4)), Column("Q25", format: .fixed(digits: 4)),
                Column("Q75", format: .fixed(digits: 4)),
            ],
            identifier: "trails-figure9-released")
        for panel in panels {
            for (method, points) in panel.bands {
                for point in points {
                    table.addRow(
                        [.text(method.displayName), .number(point.x), .number(Double(point.count)), .number(point.mean),
                         .number(point.median), .number(point.lower), .number(point.upper)],
                        group: "\(panel.dataset.displayName) (\(panel.dataset.metricName))")
                }
            }
        }
        return table
    }
}
