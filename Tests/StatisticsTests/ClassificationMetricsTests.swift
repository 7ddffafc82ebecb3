import Testing
@testable import Statistics

/// Brute-force AUC: the fraction of (positive, negative) pairs ordered correctly, ties ½.
private func pairwiseAUC(_ s: [Double], _ y: [Bool]) -> Double {
    var wins = 0.0, pairs = 0.0
    for i in s.indices where y[i] {
        for j in s.indices where !y[j] {
            pairs += 1
            wins += s[i] > s[j] ? 1 : (s[i] == s[j] ? 0.5 : 0)
        }
    }
    return wins / pairs
}

@Test func aucMatchesPairwiseDefinitionWithTies() throws {
    var state: UInt64 = 12345
    for trial in 0..<20 {
        var scores: [Double] = [], labels: [Bool] = []
        for i in 0..<(30 + trial) {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            scores.append(Double((state >> 33) % 7))  // many ties
            labels.append(i % 3 == 0 || (state >> 20) % 5 == 0)
        }
        let auc = try ClassificationMetrics.rocAUC(scores: scores, labels: labels)
        #expect(abs(auc - pairwiseAUC(scores, labels)) < 1e-12)
    }
}

@Test func aucKnownValues() throws {
    // sklearn.metrics.roc_auc_score([0,0,1,1],[0.1,0.4,0.35,0.8]) == 0.75
    #expect(try ClassificationMetrics.rocAUC(scores: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true]) == 0.75)
    #expect(try ClassificationMetrics.rocAUC(scores: [1, 1, 1], labels: [true, false, true]) == 0.5)
    #expect(throws: ClassificationMetrics.Failure.singleClass(positives: 2, negatives: 0)) {
        try ClassificationMetrics.rocAUC(scores: [0.1, 0.2], labels: [true, true])
    }
    #expect(throws: ClassificationMetrics.Failure.lengthMismatch(scores: 1, labels: 2)) {
        try ClassificationMetrics.rocAUC(scores: [0.1], labels: [true, false])
    }
    #expect(throws: ClassificationMetrics.Failure.nonFiniteScore(index: 1)) {
        try ClassificationMetrics.rocAUC(scores: [0.1, .nan], labels: [true, false])
    }
}

@Test func logLossAndAccuracy() throws {
    // sklearn.metrics.log_loss([1,0,1],[0.9,0.2,0.6]) = 0.2797765635793423 (−mean(log 0.9, log 0.8, log 0.6))
    let loss = try ClassificationMetrics.logLoss(probabilities: [0.9, 0.2, 0.6], labels: [true, false, true])
    #expect(abs(loss - 0.2797765635793423) < 1e-12)
    let clipped = try ClassificationMetrics.logLoss(probabilities: [0], labels: [true])  // −log(1e-15)
    #expect(abs(clipped - 34.538776394910684) < 1e-9)
    #expect(try ClassificationMetrics.accuracy(probabilities: [0.9, 0.2, 0.4, 0.5], labels: [true, false, true, true]) == 0.75)
    #expect(throws: ClassificationMetrics.Failure.empty) { try ClassificationMetrics.accuracy(probabilities: [], labels: []) }
}
