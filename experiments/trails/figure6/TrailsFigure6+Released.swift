import Datasets
import Harness
import Tables

extension TrailsFigure6 {
    /// One panel: named series of band points.
    struct DatasetBands {
        var dataset: TRAILS.Dataset
        var series: [(name: String, points: [TRAILS.BandPoint])]
        /// The "global best" accuracy line, when the constants give one.
        var globalBest: Double?
    }

    static func runReleased(config: Config, context: RunContext) throws -> RunResult {
        var panels: [DatasetBands] = []
        let constants = try TRAILS.ScriptConstants.load(try context.input(TRAILS.scriptConstantsPath))
        var numbers: [String: Double] = [:]
        var notes: [String] = []
        for stem in tabularOrder {
            guard let dataset = TRAILS.Dataset(rawValue: stem) else { continue }
            var series: [(String, [TRAILS.BandPoint])] = []
            if let path = config.trainingFreeFiles[stem] {
                let runs = try TRAILS.AnytimeRuns.load(try context.input(path))
                series.append(("Training-Free MS", runs.band(lowerLevel: config.bandLower, upperLevel: config.bandUpper)))
            }
            if let path = config.twoPhaseFiles[stem] {
                let runs = try TRAILS.AnytimeRuns.load(try context.input(path))
                series.append(("2Phase-MS", runs.band(lowerLevel: config.bandLower, upperLevel: config.bandUpper)))
                notes.append("\(dataset.displayName): 2Phase-MS from \(runs.file) (\(runs.runs.count) runs)")
            }
            panels.append(DatasetBands(dataset: dataset, series: series))
        }
        for stem in config.imageDatasets {
            guard let dataset = TRAILS.Dataset(rawValue: stem), let path = TRAILS.imageAnytimePath(dataset) else { continue }
            let image = try TRAILS.ImageAnytime.load(try context.input(path))
            let twoPhase = image.twoPhase.band(lowerLevel: config.bandLower, upperLevel: config.bandUpper)
            panels.append(DatasetBands(dataset: dataset, series: [
                ("Training-Based MS", image.trainingBand),
                ("Training-Free MS", image.phaseOneOnly.band(lowerLevel: config.bandLower, upperLevel: config.bandUpper)),
                ("2Phase-MS", twoPhase),
            ], globalBest: constants.imageGlobalBest?[stem]))
            if let best = constants.imageGlobalBest?[stem], let last = twoPhase.last {
                numbers["\(stem).global_best"] = best
                numbers["\(stem).two_phase.gap_to_global_best"] = best - last.median
            }
            if let speedUp = TRAILS.AnytimeComparison.speedUp(fast: twoPhase, slow: image.trainingBand, statistic: \.median) {
                numbers["\(stem).speedup_x"] = speedUp
                let target = image.trainingBand.last?.median ?? 0
                let fastTime = TRAILS.AnytimeComparison.timeToReach(
                    target, times: twoPhase.map(\.x), values: twoPhase.map(\.median)) ?? 0
                notes.append("\(dataset.displayName): the training-based median ends at \(formatNumber(target)) after \(formatNumber(image.trainingBand.last?.x ?? 0)) min; the 2Phase-MS median reaches it at \(formatNumber(fastTime)) min (speed-up \(formatNumber(speedUp))×). The paper's arrows join a handful of log-sampled markers instead.")
            }
        }
        for panel in panels {
            for (name, points) in panel.series {
                guard let last = points.last else { continue }
                numbers["\(panel.dataset.fileStem).\(seriesKey(name)).final_median"] = last.median
                numbers["\(panel.dataset.fileStem).\(seriesKey(name)).max_budget_min"] = last.x
            }
        }
        let history = try historySpeedUp(config: config, context: context)
        numbers.merge(history.numbers) { $1 }
        notes += history.notes
        let evolution = try regularizedEvolution(config: config, context: context)
        numbers.merge(evolution.numbers) { $1 }
        notes += evolution.notes
        try table(panels).write(to: context.output("figure6-released"), formats: [.csv, .markdown])
        for warning in try figure(panels).write(to: context.output("figure6-released"), formats: [.pdf, .svg, .png]) {
            context.logger.warning("figure6-released: \(warning)")
        }
        notes.append("Speed-up = time for the training-based median curve to reach its final value / time for the 2Phase-MS median to reach the same value (log-time interpolation between released points).")
        return RunResult(numbers: numbers, notes: notes)
    }

    static func seriesKey(_ name: String) -> String {
        switch name {
        case "2Phase-MS": "two_phase"
        case "Training-Free MS": "training_free"
        default: "training_based"
        }
    }

    static func table(_ panels: [DatasetBands]) -> Table {
        var table = Table(
            title: "TRAILS Figure 6 (released): selected-model value per response-time budget",
            columns: [Column("Method"), Column("Budget", unit: "min", format: .fixed(digits: 3)),
                      Column("Median", format: .fixed(digits: 4)), Column("Q25 / low", format: .fixed(digits: 4)),
                      Column("Q75 / high", format: .fixed(digits: 4)), Column("Runs", format: .integer)],
            identifier: "trails-figure6-released")
        for panel in panels {
            for (name, points) in panel.series {
                for point in points {
                    table.addRow([.text(name), .number(point.x), .number(point.median), .number(point.lower),
                                  .number(point.upper), .number(Double(point.count))],
                                 group: "\(panel.dataset.displayName) (\(panel.dataset.metricName))")
                }
            }
        }
        return table
    }
}
