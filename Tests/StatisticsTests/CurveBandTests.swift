import Testing
import Statistics

@Suite struct CurveBandTests {
    @Test func stepCurvesHoldValuesAndStartLate() throws {
        let a = try Curve(x: [0, 2, 5], y: [1, 3, 4])
        let b = try Curve(x: [1, 3], y: [2, 6])
        let band = CurveBand([a, b], grid: [0, 1, 2, 4, 10], interpolation: .step)
        #expect(band.count == [1, 2, 2, 2, 2])
        #expect(band.mean == [1, 1.5, 2.5, 4.5, 5])
        #expect(band.standardDeviation[0].isNaN)
        #expect(isClose(band.standardDeviation[3], (4.5 as Double).squareRoot()))
        #expect(band.lower[3] == 3.75 && band.upper[3] == 5.25)
        #expect(band.median[4] == 5)
    }

    @Test func linearCurvesInterpolateInsideTheirRange() throws {
        let a = try Curve(x: [0, 10], y: [0, 10])
        let b = try Curve(x: [0, 5], y: [10, 0])
        let band = CurveBand([a, b], grid: Grid.linear(from: 0, to: 10, count: 3), interpolation: .linear)
        #expect(band.grid == [0, 5, 10])
        #expect(band.count == [2, 2, 1])
        #expect(band.mean == [5, 2.5, 10])
    }

    @Test func emptyGridPointIsNaN() throws {
        let a = try Curve(x: [5, 6], y: [1, 2])
        let band = CurveBand([a], grid: [1], interpolation: .step)
        #expect(band.count == [0])
        #expect(band.mean[0].isNaN && band.lower[0].isNaN)
    }

    @Test func curveRejectsUnsortedX() {
        #expect(throws: StatisticsError.invalidParameter(function: "Curve", reason: "x[2] = 1.0 is smaller than x[1]")) {
            try Curve(x: [0, 2, 1], y: [0, 0, 0])
        }
    }

    @Test func logarithmicGridHitsEndpoints() {
        let grid = Grid.logarithmic(from: 1, to: 1000, count: 4)
        #expect(grid.count == 4 && grid[0] == 1 && grid[3] == 1000)
        #expect(isClose(grid[1], 10) && isClose(grid[2], 100))
    }
}
