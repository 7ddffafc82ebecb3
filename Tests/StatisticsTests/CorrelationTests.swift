import Testing
@testable import Statistics

@Suite struct CorrelationTests {
    @Test(arguments: referencePairs.indices)
    func matchesScipy(index: Int) throws {
        let pair = referencePairs[index]
        #expect(isClose(try Correlation.kendallTau(pair.x, pair.y), pair.kendall))
        #expect(isClose(try Correlation.spearman(pair.x, pair.y), pair.spearman))
        #expect(isClose(try Correlation.pearson(pair.x, pair.y), pair.pearson))
    }

    @Test func coefficientsAreSigned() throws {
        let x: [Double] = [1, 2, 3, 4, 5]
        let reversed: [Double] = [50, 40, 30, 20, 10]
        #expect(try Correlation.kendallTau(x, reversed) == -1)
        #expect(isClose(try Correlation.spearman(x, reversed), -1))
        #expect(isClose(try Correlation.pearson(x, reversed), -1))
    }

    @Test func kendallMatchesBruteForceOnRandomDataWithTies() throws {
        var generator = TestGenerator(state: 7)
        for trial in 0..<200 {
            let n = 2 + generator.integer(below: 60)
            // Few distinct values so ties are frequent, in x, in y and jointly.
            let levels = 1 + generator.integer(below: 8)
            let x = (0..<n).map { _ in Double(generator.integer(below: levels)) }
            let y = (0..<n).map { _ in Double(generator.integer(below: levels + trial % 3)) }
            let fast = try Correlation.kendallTau(x, y)
            let slow = bruteForceKendall(x, y)
            #expect(fast.isNaN == slow.isNaN, "trial \(trial)")
            if !slow.isNaN {
                #expect(isClose(fast, slow), "trial \(trial): \(fast) vs \(slow)")
            }
        }
    }

    @Test func inversionCountMatchesDefinition() {
        var generator = TestGenerator(state: 11)
        let values = (0..<300).map { _ in Double(generator.integer(below: 40)) }
        var expected = 0
        for i in values.indices {
            for j in values.indices where i < j && values[i] > values[j] { expected += 1 }
        }
        var sorted = values
        #expect(Correlation.sortCountingInversions(&sorted) == expected)
        #expect(sorted == values.sorted())
    }

    @Test func constantInputGivesNaN() throws {
        let x: [Double] = [1, 2, 3]
        let constant: [Double] = [4, 4, 4]
        #expect(try Correlation.kendallTau(x, constant).isNaN)
        #expect(try Correlation.spearman(constant, x).isNaN)
        #expect(try Correlation.pearson(x, constant).isNaN)
    }

    @Test func rejectsNonFiniteAndBadLengths() {
        #expect(throws: StatisticsError.nonFinite(function: "Correlation.kendallTau", argument: "y", index: 1)) {
            try Correlation.kendallTau([1, 2, 3], [1, .nan, 3])
        }
        #expect(throws: StatisticsError.lengthMismatch(function: "Correlation.spearman", first: 3, second: 2)) {
            try Correlation.spearman([1, 2, 3], [1, 2])
        }
        #expect(throws: StatisticsError.tooFewValues(function: "Correlation.pearson", needed: 2, got: 1)) {
            try Correlation.pearson([1], [1])
        }
        let error = StatisticsError.nonFinite(function: "Correlation.kendallTau", argument: "y", index: 1)
        #expect(error.description == "Correlation.kendallTau: y[1] is not finite (NaN or infinity)")
    }

    @Test func droppingNonFiniteKeepsOrderAndPairs() throws {
        let (x, y) = Paired.droppingNonFinite([1, .nan, 3, 4, 5], [10, 20, .infinity, 40, 50])
        #expect(x == [1, 4, 5])
        #expect(y == [10, 40, 50])
        #expect(try Correlation.kendallTau(x, y) == 1)
    }

    @Test func kendallHandlesLargeInputs() throws {
        var generator = TestGenerator(state: 3)
        let x = (0..<50_000).map { _ in Double(generator.integer(below: 1_000)) }
        let y = x.map { $0 + Double(generator.integer(below: 100)) }
        let tau = try Correlation.kendallTau(x, y)
        #expect(tau > 0.8 && tau < 1)
    }
}

/// Kendall's τ-b by its O(n²) definition over all pairs.
func bruteForceKendall(_ x: [Double], _ y: [Double]) -> Double {
    var concordant = 0
    var discordant = 0
    var tiedXOnly = 0
    var tiedYOnly = 0
    for i in x.indices {
        for j in x.indices where i < j {
            let dx = x[i] - x[j]
            let dy = y[i] - y[j]
            if dx == 0 && dy == 0 { continue }
            if dx == 0 { tiedXOnly += 1 } else if dy == 0 { tiedYOnly += 1 } else if (dx > 0) == (dy > 0) {
                concordant += 1
            } else {
                discordant += 1
            }
        }
    }
    let denominator = (Double(concordant + discordant + tiedXOnly) * Double(concordant + discordant + tiedYOnly))
        .squareRoot()
    return denominator == 0 ? .nan : Double(concordant - discordant) / denominator
}
