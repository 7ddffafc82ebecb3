import Randomness
import Search
import TabularStore

/// One cell of the K–U grid: mean selected AUC and the refinement's epochs.
public struct KUCell: Sendable, Equatable {
    /// K, the candidates refined.
    public var kept: Int
    /// U, the starting epochs.
    public var minimumFidelity: Int
    /// Mean AUC of the selected model over the runs.
    public var meanAUC: Double
    /// SH_epochs(K, U).
    public var epochs: Int
}

extension AnytimeSimulation {
    /// The K–U grid: for each K and U, filter N = ratio × K (capped) random models by `score`,
    /// refine the top K with successive halving from U, average the selected AUC over the runs.
    public func kuGrid(_ benchmark: Benchmark, score: [Double], kept: [Int], minimumFidelities: [Int]) throws -> [KUCell] {
        let objective = benchmark.lookupObjective(secondsPerEpoch: epochSeconds)
        let truth = benchmark.auc(atEpoch: groundTruthEpoch)
        let sh = SuccessiveHalving.trails(maxFidelity: benchmark.epochs)
        let selector = TwoPhaseSelector(refinement: sh, scoringSeconds: scoringSeconds)
        var cells: [KUCell] = []
        for k in kept {
            for u in minimumFidelities {
                var total = 0.0
                for r in 0..<runs {
                    var g = SeededGenerator(seed: seed).derived(UInt64(r))
                    let candidates = BenchmarkSampling.distinct(ratio * k, from: benchmark.count, generator: &g)
                    let result = try selector.select(candidates: candidates, kept: min(k, candidates.count),
                                                     minimumFidelity: u, objective: objective) { score[$0] }
                    total += truth[result.selected]
                }
                cells.append(KUCell(kept: k, minimumFidelity: u, meanAUC: total / Double(max(runs, 1)),
                                    epochs: sh.plannedEpochs(candidates: k, minimumFidelity: u)))
            }
        }
        return cells
    }
}
