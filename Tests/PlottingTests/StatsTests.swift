import Testing

@testable import Plotting

@Suite struct StatsTests {
    /// Reference: numpy 1.24, `np.percentile(x, [25, 50, 75])` (default linear method) on
    /// x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 40] gives [3.25, 5.5, 7.75]; IQR 4.5, upper fence
    /// 14.5, so the whisker ends at 9 and 40 is an outlier (matplotlib's boxplot agrees).
    @Test func tukeyBoxMatchesNumPy() throws {
        let st = try #require(BoxStatistics([1, 2, 3, 4, 5, 6, 7, 8, 9, 40, .nan]))
        #expect(st.q1 == 3.25)
        #expect(st.median == 5.5)
        #expect(st.q3 == 7.75)
        #expect(st.lowerWhisker == 1)
        #expect(st.upperWhisker == 9)
        #expect(st.outliers == [40])
        #expect(BoxStatistics([]) == nil)
        let single = try #require(BoxStatistics([2]))
        #expect(single.q1 == 2 && single.q3 == 2 && single.outliers.isEmpty)
    }

    @Test func ecdfAndRunningBest() {
        let (x, p) = PlotStats.ecdf([3, 1, .infinity, 2, 2])
        #expect(x == [1, 2, 2, 3])
        #expect(p == [0.25, 0.5, 0.75, 1])
        #expect(PlotStats.runningBest([.nan, 3, 5, 4, 7], minimize: false).dropFirst() == [3, 5, 5, 7])
        #expect(PlotStats.runningBest([3, 5, 2, .nan, 4], minimize: true) == [3, 3, 2, 2, 2])
    }

    /// Reference: numpy `x.std(ddof=1)` of [1, 2, 3, 4] is 1.2909944487358056.
    @Test func bands() {
        let band = PlotStats.meanStdBand([[1, 10], [2, 10], [3, 10], [4, 10]])
        #expect(band.mean == [2.5, 10])
        #expect(abs(band.upper[0] - (2.5 + 1.2909944487358056)) < 1e-12)
        #expect(band.lower[1] == 10)
        let q = PlotStats.quantileBand([[1], [2], [3], [4], [5]], low: 0.1, high: 0.9)
        #expect(q.median == [3])
        #expect(abs(q.lower[0] - 1.4) < 1e-12 && abs(q.upper[0] - 4.6) < 1e-12)
    }
}
