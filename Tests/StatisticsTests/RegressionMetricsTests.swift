import Testing
import Statistics

@Suite struct RegressionMetricsTests {
    // The example of scikit-learn's `r2_score` documentation; the four values
    // were recomputed once with NumPy 2.4.6 from their definitions
    // (mean(|y-p|), mean((y-p)**2), its sqrt, 1 - Σ(y-p)²/Σ(y-ȳ)²).
    let truth: [Double] = [3, -0.5, 2, 7]
    let prediction: [Double] = [2.5, 0, 2, 8]

    @Test func matchReferenceValues() throws {
        #expect(try RegressionMetrics.meanAbsoluteError(truth, prediction) == 0.5)
        #expect(try RegressionMetrics.meanSquaredError(truth, prediction) == 0.375)
        #expect(isClose(try RegressionMetrics.rootMeanSquaredError(truth, prediction), 0.6123724356957945))
        #expect(isClose(try RegressionMetrics.rSquared(truth, prediction), 0.9486081370449679))
    }

    @Test func rSquaredIsAsymmetricAndCanBeNegative() throws {
        let r2 = try RegressionMetrics.rSquared(truth, prediction)
        #expect(try RegressionMetrics.rSquared(prediction, truth) != r2)
        #expect(try RegressionMetrics.rSquared([1, 2, 3], [3, 2, 1]) == -3)
    }

    @Test func rSquaredOfConstantTruthFollowsSklearn() throws {
        #expect(try RegressionMetrics.rSquared([2, 2, 2], [2, 2, 2]) == 1)
        #expect(try RegressionMetrics.rSquared([2, 2, 2], [2, 2, 3]) == 0)
    }

    @Test func rejectInvalidInput() {
        #expect(throws: StatisticsError.tooFewValues(function: "RegressionMetrics.meanAbsoluteError", needed: 1, got: 0)) {
            try RegressionMetrics.meanAbsoluteError([], [])
        }
        #expect(throws: StatisticsError.nonFinite(function: "RegressionMetrics.rSquared", argument: "x", index: 0)) {
            try RegressionMetrics.rSquared([.nan], [1])
        }
    }
}

@Suite struct DivergenceTests {
    @Test func matchesScipyEntropy() throws {
        // scipy.stats.entropy(a, b) (SciPy 1.17.1), which normalises both to sum 1.
        #expect(isClose(try Divergence.kullbackLeibler([0.2, 0.3, 0.5], [0.1, 0.6, 0.3]), 0.18609809382700082))
        let pair = referencePairs[2]
        #expect(isClose(try Divergence.kullbackLeibler(pair.x, pair.y), 0.019970009456895792))
    }

    @Test func isZeroForProportionalVectors() throws {
        #expect(abs(try Divergence.kullbackLeibler([1, 2, 3], [10, 20, 30])) < 1e-15)
    }

    @Test func zerosFollowConvention() throws {
        #expect(try Divergence.kullbackLeibler([0, 1], [1, 1]) == 0.6931471805599453)
        #expect(try Divergence.kullbackLeibler([1, 1], [0, 1]) == .infinity)
    }

    @Test func rejectsNegativeAndEmptyMass() {
        #expect(throws: StatisticsError.negative(function: "Divergence.kullbackLeibler", argument: "q", index: 1)) {
            try Divergence.kullbackLeibler([1, 1], [1, -1])
        }
        #expect(throws: StatisticsError.self) { try Divergence.kullbackLeibler([0, 0], [1, 1]) }
    }
}

@Suite struct RegressionReportTests {
    @Test func bundlesTheSingleMetrics() throws {
        let pair = referencePairs[2]
        let report = try RegressionReport(truth: pair.x, prediction: pair.y)
        #expect(report.count == 12)
        #expect(report.meanAbsoluteError == (try RegressionMetrics.meanAbsoluteError(pair.x, pair.y)))
        #expect(report.rootMeanSquaredError == (try RegressionMetrics.rootMeanSquaredError(pair.x, pair.y)))
        #expect(report.rSquared == (try RegressionMetrics.rSquared(pair.x, pair.y)))
        #expect(isClose(report.kendallTau, pair.kendall))
        #expect(isClose(report.spearman, pair.spearman))
        #expect(isClose(report.klDivergence ?? .nan, 0.019970009456895792))
    }

    @Test func klIsNilForNonDistributions() throws {
        let report = try RegressionReport(truth: [-1, 2, 3], prediction: [1, 2, 3])
        #expect(report.klDivergence == nil)
        #expect(report.meanAbsoluteError == 2.0 / 3.0)
    }
}
