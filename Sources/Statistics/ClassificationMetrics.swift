import Diagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Binary-classification metrics: ROC AUC, log-loss and accuracy.
///
/// Labels are `Bool` (true = positive class). Scores may be any monotone
/// score (probabilities, logits); AUC depends only on their order.
public enum ClassificationMetrics {
    /// Why a metric could not be computed.
    public enum Failure: ReproError, Equatable {
        /// The score and label arrays have different lengths.
        case lengthMismatch(scores: Int, labels: Int)
        /// There are no examples.
        case empty
        /// AUC needs at least one positive and one negative example.
        case singleClass(positives: Int, negatives: Int)
        /// A score is NaN or infinite.
        case nonFiniteScore(index: Int)

        public var subject: String {
            switch self {
            case .singleClass: "ROC AUC"
            default: "classification metrics"
            }
        }

        public var reason: String {
            switch self {
            case let .lengthMismatch(s, l): "\(s) scores but \(l) labels"
            case .empty: "no examples"
            case let .singleClass(p, n): "needs both classes, got \(p) positives and \(n) negatives"
            case let .nonFiniteScore(i): "score at index \(i) is not finite"
            }
        }
    }

    /// The exact area under the ROC curve, with ties counted one half.
    ///
    /// AUC = (R₊ − n₊(n₊+1)/2) / (n₊ n₋), where R₊ is the sum of the
    /// (tie-averaged, 1-based) ranks of the positive scores: the Mann–Whitney
    /// statistic. O(n log n) from one sort.
    public static func rocAUC(scores: [Double], labels: [Bool]) throws(Failure) -> Double {
        try check(scores, labels)
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var positives = 0
        var rankSum = 0.0
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && scores[order[j + 1]] == scores[order[i]] { j += 1 }
            let averageRank = Double(i + j + 2) / 2
            for k in i...j where labels[order[k]] {
                positives += 1
                rankSum += averageRank
            }
            i = j + 1
        }
        let negatives = order.count - positives
        guard positives > 0, negatives > 0 else {
            throw .singleClass(positives: positives, negatives: negatives)
        }
        let p = Double(positives)
        return (rankSum - p * (p + 1) / 2) / (p * Double(negatives))
    }

    /// The mean binary cross-entropy −mean[y log p + (1−y) log(1−p)].
    ///
    /// Probabilities are clipped to [ε, 1−ε] with ε = 1e-15, as scikit-learn does.
    public static func logLoss(probabilities: [Double], labels: [Bool], epsilon: Double = 1e-15) throws(Failure) -> Double {
        try check(probabilities, labels)
        var total = 0.0
        for (p, y) in zip(probabilities, labels) {
            let q = min(max(p, epsilon), 1 - epsilon)
            total -= y ? log(q) : log(1 - q)
        }
        return total / Double(labels.count)
    }

    /// The fraction of examples whose prediction (probability ≥ threshold) equals the label.
    public static func accuracy(probabilities: [Double], labels: [Bool], threshold: Double = 0.5) throws(Failure) -> Double {
        try check(probabilities, labels)
        var correct = 0
        for (p, y) in zip(probabilities, labels) where (p >= threshold) == y { correct += 1 }
        return Double(correct) / Double(labels.count)
    }

    private static func check(_ scores: [Double], _ labels: [Bool]) throws(Failure) {
        guard scores.count == labels.count else {
            throw .lengthMismatch(scores: scores.count, labels: labels.count)
        }
        guard !scores.isEmpty else { throw .empty }
        if let bad = scores.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteScore(index: bad) }
    }
}
