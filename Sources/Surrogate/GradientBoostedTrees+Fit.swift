import Randomness

extension GradientBoostedTrees {
    /// Fits a model with squared-error loss.
    ///
    /// Each round computes gradients `prediction − target` (hessian 1), grows one tree
    /// with histogram split finding and adds it with shrinkage `learningRate`. With a
    /// `validation` set and `parameters.earlyStoppingRounds`, training stops once the
    /// validation RMSE has not strictly improved for that many rounds, and the model
    /// keeps the trees up to the best round (XGBoost's `best_iteration`) unless
    /// `parameters.keepBestIteration` is false.
    /// The same inputs and `seed` give the same model, bit for bit.
    public static func fit(
        features: [[Double]], targets: [Double], parameters: BoostingParameters,
        seed: UInt64, validation: RegressionSet? = nil
    ) throws(SurrogateError) -> GradientBoostedTrees {
        try parameters.validate()
        let width = try RegressionSet(features: features, targets: targets).validate(name: "training")
        if let validation { _ = try validation.validate(name: "validation", featureCount: width) }

        var generator = SeededGenerator(seed: seed)
        let bins = FeatureBins(features: features, maxBins: parameters.maxBins)
        var grower = TreeGrower(bins: bins, parameters: parameters)
        let base = parameters.baseScore ?? targets.reduce(0, +) / Double(targets.count)
        var predictions = [Double](repeating: base, count: targets.count)
        var pairs = [TreeGrower.Pair](repeating: TreeGrower.Pair(0, 1), count: targets.count)

        let validationRows = validation?.features.flatMap { $0 } ?? []
        let validationTargets = validation?.targets ?? []
        var validationPredictions = [Double](repeating: base, count: validationTargets.count)
        let patience = validation == nil ? nil : parameters.earlyStoppingRounds

        var trees: [RegressionTree] = []
        var history: [Double] = []
        var bestRound = 0
        var bestRMSE = Double.infinity
        for round in 0..<parameters.rounds {
            for index in pairs.indices { pairs[index].x = predictions[index] - targets[index] }
            let tree = grower.grow(pairs: pairs, predictions: &predictions, generator: &generator)
            trees.append(tree)
            guard validation != nil else { continue }
            let rmse = validationRows.withUnsafeBufferPointer { rows in
                var squares = 0.0
                for index in validationPredictions.indices {
                    let row = UnsafeBufferPointer(rebasing: rows[(index * width)..<((index + 1) * width)])
                    validationPredictions[index] += tree.predict(row)
                    let error = validationPredictions[index] - validationTargets[index]
                    squares += error * error
                }
                return (squares / Double(validationPredictions.count)).squareRoot()
            }
            history.append(rmse)
            if rmse < bestRMSE {
                bestRMSE = rmse
                bestRound = round
            } else if let patience, round - bestRound >= patience {
                break
            }
        }
        if patience != nil && parameters.keepBestIteration { trees.removeSubrange((bestRound + 1)...) }
        return GradientBoostedTrees(
            parameters: parameters, seed: seed, featureCount: width, baseScore: base, trees: trees,
            validationRMSE: history, bestIteration: patience != nil ? bestRound : trees.count - 1)
    }
}
