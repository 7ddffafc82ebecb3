/// Paired samples with ties, shared by the correlation tests.
///
/// Their reference values were computed once with SciPy 1.17.1 / NumPy 2.4.6:
///
///     from scipy import stats
///     stats.kendalltau(x, y).statistic   # variant "b", the default
///     stats.spearmanr(x, y).statistic
///     stats.pearsonr(x, y).statistic
///
/// and printed with `repr` (17 significant digits).
struct ReferencePair {
    var x: [Double]
    var y: [Double]
    var kendall: Double
    var spearman: Double
    var pearson: Double
}

let referencePairs: [ReferencePair] = [
    // Ties in x and y, including joint ties (4, 4) twice.
    ReferencePair(
        x: [1, 2, 2, 3, 4, 4, 4, 5, 6, 7], y: [3, 1, 2, 2, 5, 4, 4, 7, 6, 6],
        kendall: 0.6988459044322258, spearman: 0.8664763412811686, pearson: 0.8301627447922899),
    // Negative association with a triple tie in x.
    ReferencePair(
        x: [0.1, 0.5, 0.5, 0.9, 1.3, 2.0, 2.0, 2.0], y: [9, 7, 8, 8, 3, 3, 1, 2],
        kendall: -0.8006407690254358, spearman: -0.9007775105401477, pearson: -0.9369188863393826),
    // No ties.
    ReferencePair(
        x: [3.2, 1.5, 4.8, 2.2, 5.0, 0.7, 3.3, 4.1, 2.9, 1.1, 3.8, 4.4],
        y: [2.8, 1.9, 4.1, 2.5, 4.9, 1.0, 2.2, 4.5, 3.6, 0.8, 3.0, 5.2],
        kendall: 0.7272727272727272, spearman: 0.8881118881118882, pearson: 0.908769614321075),
]

/// A tiny deterministic generator for test data (SplitMix64).
///
/// The test target depends only on `Statistics`, so it cannot use
/// `Randomness.SeededGenerator`; this keeps the data fixed per seed.
struct TestGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0..<bound.
    mutating func integer(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}

func isClose(_ a: Double, _ b: Double, tolerance: Double = 1e-12) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(a), abs(b))
}
