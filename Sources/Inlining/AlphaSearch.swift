/// The lasso α search of the FYP reward assignment: the first 20 % of rows validate.
///
/// From α = 1, α halves while the validation R² improves (``keptByHalving(_:)`` is the
/// rule); then the bracket [α/2, 2α] around the best is narrowed by ternary search on
/// validation R² until it is below 1e-6 wide. The model is refitted on all rows at the
/// best α.
///
/// The released search logs (`lasso_alpha_search_logs.jsonl`) also halve α, but from a
/// start that differs per problem and for a fixed eleven steps whatever the validation R²
/// does, and they do not record the α kept; the FYP's own search may therefore differ from
/// this one after the halving (experiment `ocaml-inlining/alpha-search` compares the rule
/// with the logs).
public enum AlphaSearch {
    /// One tried α.
    public struct Step: Hashable, Sendable {
        /// The α.
        public var alpha: Double
        /// Training R².
        public var trainingRSquared: Double
        /// Validation R².
        public var validationRSquared: Double
        /// Non-zero weights.
        public var nonZero: Int
    }

    /// The halving phase's stopping rule: after a step that does not improve on the best
    /// validation R² so far, halving stops once some weight is non-zero (while every weight is
    /// zero, a larger α says nothing yet).
    static func stopsHalving(validationRSquared: Double, nonZero: Int, bestValidationRSquared: Double) -> Bool {
        !(validationRSquared > bestValidationRSquared) && nonZero > 0
    }

    /// The index of the step the halving phase keeps when `steps` are tried in order (each α
    /// half the one before): the best validation R² seen before a step that does not improve
    /// on it with a non-zero weight ends the phase; the first step on a tie.
    public static func keptByHalving(_ steps: [(validationRSquared: Double, nonZero: Int)]) -> Int? {
        guard !steps.isEmpty else { return nil }
        var best = 0
        for index in steps.indices.dropFirst() {
            if steps[index].validationRSquared > steps[best].validationRSquared {
                best = index
            } else if stopsHalving(validationRSquared: steps[index].validationRSquared, nonZero: steps[index].nonZero,
                                   bestValidationRSquared: steps[best].validationRSquared) {
                break
            }
        }
        return best
    }

    /// The search's log, the chosen α and the weights refitted on every row.
    public static func run(_ a: [[Double]], _ y: [Double], validationFraction: Double = 0.2)
        -> (steps: [Step], alpha: Double, weights: [Double]) {
        let split = max(1, Int(Double(a.count) * validationFraction))
        let (validA, validY) = (Array(a[..<split]), Array(y[..<split]))
        let (trainA, trainY) = (Array(a[split...]), Array(y[split...]))
        var steps: [Step] = []
        func score(_ alpha: Double) -> Double {
            let w = LinearRegression.lasso(trainA, trainY, alpha: alpha, maxIterations: 200, tolerance: 1e-6)
            let step = Step(alpha: alpha, trainingRSquared: LinearRegression.rSquared(trainA, trainY, weights: w),
                            validationRSquared: LinearRegression.rSquared(validA, validY, weights: w),
                            nonZero: w.filter { $0 != 0 }.count)
            steps.append(step)
            return step.validationRSquared
        }
        var alpha = 1.0
        var best = (alpha: alpha, r2: score(alpha))
        while alpha > 1e-6 {
            alpha /= 2
            let r2 = score(alpha)
            if r2 > best.r2 {
                best = (alpha, r2)
            } else if let last = steps.last,
                      stopsHalving(validationRSquared: last.validationRSquared, nonZero: last.nonZero, bestValidationRSquared: best.r2) {
                break
            }
        }
        var (low, high) = (best.alpha / 2, min(1, best.alpha * 2))
        while high - low > 1e-6 {
            let m1 = low + (high - low) / 3, m2 = high - (high - low) / 3
            let (s1, s2) = (score(m1), score(m2))
            if s1 > best.r2 { best = (m1, s1) }
            if s2 > best.r2 { best = (m2, s2) }
            if s1 >= s2 { high = m2 } else { low = m1 }
        }
        return (steps, best.alpha, LinearRegression.lasso(a, y, alpha: best.alpha))
    }
}
