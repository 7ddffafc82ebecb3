import Datasets
import Diagnostics
import Foundation
import Harness

extension TrailsFigure6 {
    /// Figure 6(c)'s diabetes speed-up from the matched pair of older runs in `history/`: the
    /// 2Phase-MS runs (15 runs, budgets up to 1 min) and the training-based (regularized
    /// evolution) run over the epoch-4 ground truth, both in minutes.
    ///
    /// The speed-up is read at the highest median value both curves reach (the lower of their
    /// final medians): time for training-based selection to reach it / time for 2Phase-MS.
    static func historySpeedUp(config: Config, context: RunContext) throws -> RunResult {
        let twoPhase = try TRAILS.AnytimeRuns.load(try context.input(config.historyTwoPhaseFile))
            .band(lowerLevel: config.bandLower, upperLevel: config.bandUpper)
        let trainingBased = try TRAILS.AnytimeRuns.load(try context.input(config.historyTrainingBasedFile))
            .band(lowerLevel: config.bandLower, upperLevel: config.bandUpper)
        guard let fastLast = twoPhase.last, let slowLast = trainingBased.last else {
            throw LoadError(file: config.historyTwoPhaseFile, reason: "no budgets in the diabetes history pair")
        }
        let target = min(fastLast.median, slowLast.median)
        let slowTime = TRAILS.AnytimeComparison.timeToReach(target, times: trainingBased.map(\.x), values: trainingBased.map(\.median))
        let fastTime = TRAILS.AnytimeComparison.timeToReach(target, times: twoPhase.map(\.x), values: twoPhase.map(\.median))
        let speedUp = (slowTime ?? .nan) / (fastTime ?? .nan)
        let p = "uci_diabetes.history"
        let numbers: [String: Double] = [
            "\(p).two_phase.final_median": fastLast.median,
            "\(p).two_phase.max_budget_min": fastLast.x,
            "\(p).training_based.final_median": slowLast.median,
            "\(p).training_based.max_budget_min": slowLast.x,
            "\(p).speedup_target": target,
            "\(p).speedup_x": speedUp.isFinite ? speedUp : 0,
        ]
        let note = "Diabetes history pair (\(URL(fileURLWithPath: config.historyTwoPhaseFile).lastPathComponent) with \(URL(fileURLWithPath: config.historyTrainingBasedFile).lastPathComponent)): 2Phase-MS median ends at \(formatNumber(fastLast.median)) after \(formatNumber(fastLast.x)) min, training-based at \(formatNumber(slowLast.median)) after \(formatNumber(slowLast.x)) min; at \(formatNumber(target)) the training-based curve needs \(formatNumber(slowTime ?? .nan)) min and 2Phase-MS \(formatNumber(fastTime ?? .nan)) min (speed-up \(formatNumber(speedUp))×)."
        return RunResult(numbers: numbers, notes: [note])
    }

    /// The regularized-evolution exploration on Criteo: the AUC of the model each run selects at its end.
    static func regularizedEvolution(config: Config, context: RunContext) throws -> RunResult {
        let runs = try TRAILS.ExplorationRuns.load(try context.input(config.regularizedEvolutionFile))
        let finals = TRAILS.BandPoint(x: 0, values: runs.finalValues, lowerLevel: config.bandLower, upperLevel: config.bandUpper)
        let explored = TRAILS.BandPoint(x: 0, values: runs.exploredCounts, lowerLevel: 0.5, upperLevel: 0.5)
        let p = "criteo.regularized_evolution"
        let numbers: [String: Double] = [
            "\(p).runs": Double(runs.runs.count),
            "\(p).final_median": finals?.median ?? 0,
            "\(p).final_max": runs.finalValues.max() ?? 0,
            "\(p).explored_median": explored?.median ?? 0,
        ]
        let note = "Criteo regularized evolution (\(runs.file)): \(runs.runs.count) runs exploring a median of \(formatNumber(explored?.median ?? 0)) of the 10,000 architectures; the selected model's AUC at the end has median \(formatNumber(finals?.median ?? 0)) (largest \(formatNumber(runs.finalValues.max() ?? 0)))."
        return RunResult(numbers: numbers, notes: [note])
    }
}
