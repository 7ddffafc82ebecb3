import Testing
@testable import Selection

@Test func kuSummaryFindsTheBestCellAndSeparatesTheKAndUEffects() throws {
    // Rows K = 2, 4; columns U = 1, 8. Larger K gains 0.04 on average, larger U 0.015.
    let cells = [
        KUCell(kept: 4, minimumFidelity: 8, meanAUC: 0.66, epochs: 36),
        KUCell(kept: 2, minimumFidelity: 1, meanAUC: 0.60, epochs: 2),
        KUCell(kept: 4, minimumFidelity: 1, meanAUC: 0.66, epochs: 4),
        KUCell(kept: 2, minimumFidelity: 8, meanAUC: 0.63, epochs: 16),
    ]
    let summary = try KUSummary(cells)
    #expect(summary.kept == [2, 4] && summary.minimumFidelities == [1, 8])
    #expect(summary.auc == [[0.60, 0.63], [0.66, 0.66]])
    #expect(summary.epochs == [[2, 16], [4, 36]])
    #expect(summary.best.kept == 4 && summary.best.minimumFidelity == 1)   // tie at 0.66: fewer epochs wins
    #expect(summary.worst.kept == 2 && summary.worst.minimumFidelity == 1)
    #expect(abs(summary.spread - 0.06) < 1e-12)
    #expect(abs(summary.kEffect - 0.045) < 1e-12)   // ((0.66 − 0.60) + (0.66 − 0.63)) / 2
    #expect(abs(summary.uEffect - 0.015) < 1e-12)   // ((0.63 − 0.60) + (0.66 − 0.66)) / 2
    #expect(summary.auc(kept: 2, minimumFidelity: 8) == 0.63)
    #expect(summary.auc(kept: 3, minimumFidelity: 8) == nil)
    #expect(throws: SelectionError.self) { try KUSummary(Array(cells.dropLast())) }
    #expect(throws: SelectionError.self) { try KUSummary(cells + [cells[0]]) }
}
