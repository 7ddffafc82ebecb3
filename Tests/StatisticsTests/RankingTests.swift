import Testing
import Statistics

@Suite struct RankingTests {
    @Test func averageRanksMatchScipyRankdata() {
        // scipy.stats.rankdata(x, method="average") printed once (SciPy 1.17.1).
        #expect(Ranking.averageRanks([1, 2, 2, 3, 4, 4, 4, 5, 6, 7]) == [1, 2.5, 2.5, 4, 6, 6, 6, 8, 9, 10])
        #expect(Ranking.averageRanks([9, 7, 8, 8, 3, 3, 1, 2]) == [8, 5, 6.5, 6.5, 3.5, 3.5, 1, 2])
        #expect(Ranking.averageRanks([]) == [])
    }

    @Test func topIndicesBreakTiesByIndex() throws {
        let values: [Double] = [0.5, 0.9, 0.9, 0.1, 0.7]
        #expect(try Ranking.topIndices(values, k: 3) == [1, 2, 4])
        #expect(try Ranking.topIndices(values, k: 2, largest: false) == [3, 0])
        #expect(throws: StatisticsError.self) { try Ranking.topIndices(values, k: 6) }
    }

    @Test func topKOverlapCountsSharedItems() throws {
        let scores: [Double] = [10, 9, 8, 7, 6, 5]
        let truth: [Double] = [1, 9, 8, 2, 7, 3]
        // Top-3 by scores: {0, 1, 2}; by truth: {1, 2, 4}; shared: {1, 2}.
        #expect(try Ranking.topKOverlap(scores, truth, k: 3) == 2.0 / 3.0)
        #expect(try Ranking.topKOverlap(scores, scores, k: 4) == 1)
        // Smallest-is-best: bottom-2 by scores {5, 4}; by truth {0, 3}.
        #expect(try Ranking.topKOverlap(scores, truth, k: 2, largest: false) == 0)
        #expect(throws: StatisticsError.self) { try Ranking.topKOverlap(scores, truth, k: 0) }
    }
}
