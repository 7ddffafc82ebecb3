/// What a K–U grid says: where its best cell lies, its spread, and whether more candidates
/// (larger K) help more than more starting epochs (larger U).
///
/// ```swift
/// let cells = try sim.kuGrid(benchmark, score: fused, kept: [2, 4, 8, 16], minimumFidelities: [1, 2, 4, 8, 16])
/// let summary = try KUSummary(cells)
/// summary.best.kept           // 16 when larger K wins
/// summary.kEffect > summary.uEffect
/// ```
public struct KUSummary: Sendable, Equatable {
    /// The K values, ascending.
    public var kept: [Int]
    /// The U values, ascending.
    public var minimumFidelities: [Int]
    /// Mean AUC per cell, `auc[k][u]` in the order of ``kept`` and ``minimumFidelities``.
    public var auc: [[Double]]
    /// SH epochs per cell, same layout as ``auc``.
    public var epochs: [[Int]]
    /// The cell with the highest mean AUC (ties: the fewest epochs, then the smallest K, then U).
    public var best: KUCell
    /// The cell with the lowest mean AUC (ties: the first in K, then U order).
    public var worst: KUCell

    /// Arranges `cells` (one per K × U pair, any order) into a grid; throws when a pair is
    /// missing or repeated, or a mean AUC is NaN.
    public init(_ cells: [KUCell]) throws {
        let ks = Array(Set(cells.map(\.kept))).sorted()
        let us = Array(Set(cells.map(\.minimumFidelity))).sorted()
        guard !cells.isEmpty, cells.count == ks.count * us.count else {
            throw SelectionError("K–U grid", "\(cells.count) cells do not form a full \(ks.count) × \(us.count) grid")
        }
        var grid = [[KUCell?]](repeating: [KUCell?](repeating: nil, count: us.count), count: ks.count)
        for cell in cells {
            guard let i = ks.firstIndex(of: cell.kept), let j = us.firstIndex(of: cell.minimumFidelity), grid[i][j] == nil else {
                throw SelectionError("K–U grid", "cell K = \(cell.kept), U = \(cell.minimumFidelity) appears twice")
            }
            guard !cell.meanAUC.isNaN else {
                throw SelectionError("K–U grid", "cell K = \(cell.kept), U = \(cell.minimumFidelity) has a NaN mean AUC")
            }
            grid[i][j] = cell
        }
        let full = grid.map { $0.compactMap { $0 } }
        let ordered = full.flatMap { $0 }
        kept = ks
        minimumFidelities = us
        auc = full.map { $0.map(\.meanAUC) }
        epochs = full.map { $0.map(\.epochs) }
        best = ordered.min { a, b in
            (-a.meanAUC, a.epochs, a.kept, a.minimumFidelity) < (-b.meanAUC, b.epochs, b.kept, b.minimumFidelity)
        } ?? ordered[0]
        worst = ordered.min { $0.meanAUC < $1.meanAUC } ?? ordered[0]
    }

    /// Highest minus lowest mean AUC over the grid.
    public var spread: Double { best.meanAUC - worst.meanAUC }

    /// The mean AUC at (K, U), or nil when the grid has no such cell.
    public func auc(kept k: Int, minimumFidelity u: Int) -> Double? {
        guard let i = kept.firstIndex(of: k), let j = minimumFidelities.firstIndex(of: u) else { return nil }
        return auc[i][j]
    }

    /// How much the largest K beats the smallest, averaged over U: mean_U(AUC[K_max][U] − AUC[K_min][U]).
    public var kEffect: Double {
        guard let first = auc.first, let last = auc.last else { return 0 }
        return zip(last, first).map { $0 - $1 }.reduce(0, +) / Double(max(first.count, 1))
    }

    /// How much the largest U beats the smallest, averaged over K: mean_K(AUC[K][U_max] − AUC[K][U_min]).
    public var uEffect: Double {
        let gains = auc.compactMap { row in row.last.flatMap { last in row.first.map { last - $0 } } }
        return gains.reduce(0, +) / Double(max(gains.count, 1))
    }
}
