import Testing
import Statistics

@Suite struct BandPointTests {
    /// Reference: NumPy 2.4.6, `v = [0.61, 0.58, 0.7, 0.64, 0.59, 0.66, 0.71]`;
    /// `np.mean(v)`, `np.median(v)`, `np.quantile(v, q)` for q in 0.25, 0.75, 0.1, 0.9.
    static let values = [0.61, 0.58, 0.7, 0.64, 0.59, 0.66, 0.71]

    @Test func summarisesLikeNumPy() throws {
        let point = try #require(BandPoint(x: 3, values: Self.values))
        #expect(point.x == 3 && point.count == 7)
        #expect(isClose(point.mean, 0.6414285714285715))
        #expect(point.median == 0.64)
        #expect(isClose(point.lower, 0.6) && isClose(point.upper, 0.6799999999999999))
        let wide = try #require(BandPoint(x: 3, values: Self.values, lowerLevel: 0.1, upperLevel: 0.9))
        #expect(isClose(wide.lower, 0.586) && isClose(wide.upper, 0.704))
        #expect(wide.median == point.median)
    }

    @Test func levelsMustBeQuantileLevelsInOrder() throws {
        try BandPoint.checkLevels(lower: 0.25, upper: 0.75)
        try BandPoint.checkLevels(lower: 0.5, upper: 0.5)
        for (lower, upper) in [(0.9, 0.1), (-0.1, 0.5), (0.25, 5), (Double.nan, 0.5)] {
            #expect(throws: StatisticsError.self, "\(lower), \(upper)") { try BandPoint.checkLevels(lower: lower, upper: upper) }
        }
    }

    @Test func emptyIsNilAndBadInputIsNaN() throws {
        #expect(BandPoint(x: 0, values: []) == nil)
        let single = try #require(BandPoint(x: 1, values: [0.5]))
        #expect(single.lower == 0.5 && single.upper == 0.5 && single.median == 0.5)
        let outside = try #require(BandPoint(x: 1, values: [1, 2], lowerLevel: -0.1, upperLevel: 1.5))
        #expect(outside.lower.isNaN && outside.upper.isNaN && outside.median == 1.5)
        let nan = try #require(BandPoint(x: 1, values: [1, .nan, 3]))
        #expect(nan.median.isNaN && nan.mean.isNaN)
    }
}
