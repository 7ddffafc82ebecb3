import Testing
import Statistics

@Suite struct DescriptiveTests {
    // Reference values computed once with NumPy 2.4.6 / SciPy 1.17.1:
    // np.quantile(v, q), np.median(v), np.std(v, ddof=1), scipy.stats.gmean(v).
    let sample: [Double] = [3.5, 1.0, 7.25, 2.0, 9.0, 4.0, 4.0]

    @Test func quantilesMatchNumpyLinear() {
        let levels: [Double] = [0, 0.1, 0.25, 0.5, 0.9, 1]
        let expected: [Double] = [1.0, 1.6, 2.75, 4.0, 7.950000000000001, 9.0]
        for (got, want) in zip(Descriptive.quantiles(sample, levels), expected) {
            #expect(isClose(got, want), "\(got) vs \(want)")
        }
        #expect(Descriptive.median(sample) == 4)
        #expect(Descriptive.median([1, 2, 3, 10]) == 2.5)
    }

    @Test func spreadAndMeans() {
        #expect(isClose(Descriptive.standardDeviation(sample), 2.8205242673760393))
        #expect(isClose(Descriptive.geometricMean(sample), 3.5642751260827636))
        #expect(Descriptive.mean([1, 2, 3, 6]) == 3)
        #expect(Descriptive.variance([1, 2, 3, 6], ddof: 0) == 3.5)
    }

    @Test func documentedEdgeCases() {
        #expect(Descriptive.mean([]).isNaN)
        #expect(Descriptive.standardDeviation([5]).isNaN)
        #expect(Descriptive.standardDeviation([5], ddof: 0) == 0)
        #expect(Descriptive.median([1, .nan, 3]).isNaN)
        #expect(Descriptive.quantile([1, 2], 1.5).isNaN)
        #expect(Descriptive.geometricMean([2, 0, 8]) == 0)
        #expect(Descriptive.geometricMean([2, -1]).isNaN)
    }
}

@Suite struct DistributionTests {
    @Test func ecdfStepsAndEvaluation() {
        let ecdf = ECDF([3, 1, 2, 2, .nan])
        #expect(ecdf.droppedCount == 1)
        #expect(ecdf(0.5) == 0)
        #expect(ecdf(2) == 0.75)
        #expect(ecdf(10) == 1)
        #expect(ecdf.steps.map(\.x) == [1, 2, 3])
        #expect(ecdf.steps.map(\.y) == [0.25, 0.75, 1])
        #expect(ECDF([]).callAsFunction(0).isNaN)
    }

    // np.histogram(values, bins=4), np.histogram(values, bins=3, range=(1, 4))
    // and np.histogram([2.0, 2.0], bins=2), printed once with NumPy 2.4.6.
    @Test func histogramMatchesNumpy() throws {
        let values: [Double] = [0.5, 1.0, 1.0, 2.5, 3.0, 4.2, 4.9, 5.0, .infinity]
        let automatic = try Histogram(values, bins: 4)
        #expect(automatic.counts == [3, 1, 1, 3])
        #expect(automatic.edges == [0.5, 1.625, 2.75, 3.875, 5.0])
        #expect(automatic.droppedCount == 1)
        let ranged = try Histogram(values, bins: 3, range: 1...4)
        #expect(ranged.counts == [2, 1, 1])
        #expect(ranged.edges == [1, 2, 3, 4])
        let degenerate = try Histogram([2, 2], bins: 2)
        #expect(degenerate.counts == [0, 2])
        #expect(degenerate.edges == [1.5, 2, 2.5])
        #expect(ranged.centers == [1.5, 2.5, 3.5])
        let area = zip(automatic.density, zip(automatic.edges, automatic.edges.dropFirst()))
            .reduce(0) { $0 + $1.0 * ($1.1.1 - $1.1.0) }
        #expect(isClose(area, 1))
        #expect(throws: StatisticsError.self) { try Histogram(values, bins: 0) }
    }
}
