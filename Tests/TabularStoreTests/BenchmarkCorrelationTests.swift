import Numerics
import Testing
import TestSupport
@testable import TabularStore

@Test func rankCorrelationsMatchHandComputedValues() throws {
    // synflow ranks perfectly with AUC; naswot reverses two pairs; snip is exactly reversed.
    let b = try toyBenchmark(final: [0.6, 0.7, 0.8, 0.9], synflow: [1, 2, 3, 4], naswot: [2, 1, 4, 3])
    let rho = try b.rankCorrelations(epoch: 9, metrics: [.synFlow, .naswot, .snip, .jacFlow])
    let byName = Dictionary(uniqueKeysWithValues: rho.map { ($0.name, $0.srcc) })
    #expect(abs((byName["synflow"] ?? 0) - 1) < 1e-12)
    #expect(abs((byName["naswot"] ?? 0) - 0.6) < 1e-12)   // 1 - 6·(1+1+1+1)/(4·15) = 0.6
    #expect(abs((byName["snip"] ?? 0) + 1) < 1e-12)
    // Rank fusion: (2+1, 1+2, 4+3, 3+4)/4 → ties (0.75, 0.75, 1.75, 1.75): ρ = 0.894427191 (scipy.stats.spearmanr).
    #expect(abs((byName["jacflow"] ?? 0) - 0.894427190999916) < 1e-9)
    #expect(byName["jacflow_online"]?.isNaN == true)   // no online JacFlow scores stored
}
