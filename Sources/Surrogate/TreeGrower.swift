import Randomness

/// Grows one regression tree depth-wise from gradients and hessians with histogram
/// split finding (XGBoost's `hist` method with the `depthwise` grow policy).
struct TreeGrower {
    /// A (gradient, hessian) pair, summed as one vector.
    typealias Pair = SIMD2<Double>

    let bins: FeatureBins
    let parameters: BoostingParameters
    let scoring: LeafScoring
    /// Row indices; each pending node owns a contiguous range.
    private var rows: [Int32]
    private var scratch: [Int32]

    /// XGBoost's `kRtEps`: splits must reduce the loss by more than this.
    static let minimumGain = 1e-6

    init(bins: FeatureBins, parameters: BoostingParameters) {
        self.bins = bins
        self.parameters = parameters
        self.scoring = LeafScoring(parameters)
        rows = Array(0..<Int32(bins.rowCount))
        scratch = rows
    }

    private struct Pending {
        var node: Int
        var begin: Int
        var end: Int
        var sum: Pair
        /// (gradient, hessian) sums per histogram slot; empty when not needed.
        var histogram: [Pair]
    }

    private struct Split {
        var feature: Int
        var bin: Int
        var gain: Double
    }

    /// Grows a tree from per-row (gradient, hessian) pairs and adds its leaf values to
    /// `predictions` of the training rows.
    mutating func grow(
        pairs: [Pair], predictions: inout [Double], generator: inout SeededGenerator
    ) -> RegressionTree {
        for index in rows.indices { rows[index] = Int32(index) }
        let treeFeatures = ColumnSampler.sample(
            Array(0..<bins.featureCount), fraction: parameters.colsampleByTree, generator: &generator)
        var tree = RegressionTree(feature: [-1], threshold: [0], left: [0], value: [0])
        let sum = pairs.reduce(Pair(), +)
        var level = [Pending(
            node: 0, begin: 0, end: bins.rowCount, sum: sum,
            histogram: histogram(begin: 0, end: bins.rowCount, pairs: pairs))]
        for depth in 0..<parameters.maxDepth {
            let levelFeatures = ColumnSampler.sample(
                treeFeatures, fraction: parameters.colsampleByLevel, generator: &generator)
            let childrenSplit = depth + 1 < parameters.maxDepth
            var next: [Pending] = []
            for pending in level {
                guard let split = bestSplit(pending, features: levelFeatures),
                      split.gain > Self.minimumGain, split.gain >= parameters.minSplitLoss
                else {
                    makeLeaf(pending, tree: &tree, predictions: &predictions)
                    continue
                }
                let children = apply(split, to: pending, tree: &tree, pairs: pairs, buildHistograms: childrenSplit)
                next.append(children.0)
                next.append(children.1)
            }
            level = next
            if level.isEmpty { break }
        }
        for pending in level { makeLeaf(pending, tree: &tree, predictions: &predictions) }
        return tree
    }

    private func makeLeaf(_ pending: Pending, tree: inout RegressionTree, predictions: inout [Double]) {
        let value = scoring.weight(pending.sum.x, pending.sum.y) * parameters.learningRate
        tree.value[pending.node] = value
        predictions.withUnsafeMutableBufferPointer { predictions in
            rows.withUnsafeBufferPointer { rows in
                for position in pending.begin..<pending.end { predictions[Int(rows[position])] += value }
            }
        }
    }

    private func histogram(begin: Int, end: Int, pairs: [Pair]) -> [Pair] {
        var result = [Pair](repeating: Pair(), count: bins.totalSlots)
        let width = bins.featureCount
        let stride = bins.stride
        result.withUnsafeMutableBufferPointer { sums in
            bins.bins.withUnsafeBufferPointer { binned in
                rows.withUnsafeBufferPointer { rows in
                    pairs.withUnsafeBufferPointer { pairs in
                        for position in begin..<end {
                            let row = Int(rows[position])
                            let pair = pairs[row]
                            let base = row &* width
                            var slot = 0
                            for feature in 0..<width {
                                sums[slot &+ Int(binned[base &+ feature])] += pair
                                slot &+= stride
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    private func bestSplit(_ pending: Pending, features: [Int]) -> Split? {
        let parentScore = scoring.score(pending.sum.x, pending.sum.y)
        let minChild = parameters.minChildWeight
        var best: Split?
        pending.histogram.withUnsafeBufferPointer { sums in
            for feature in features {
                let first = feature * bins.stride
                var left = Pair()
                for bin in 0..<(bins.binCounts[feature] - 1) {
                    left += sums[first + bin]
                    let right = pending.sum - left
                    if right.y < minChild { break }
                    if left.y >= minChild {
                        let gain = scoring.score(left.x, left.y) + scoring.score(right.x, right.y) - parentScore
                        if gain > (best?.gain ?? -Double.infinity) {
                            best = Split(feature: feature, bin: bin, gain: gain)
                        }
                    }
                }
            }
        }
        return best
    }

    /// Partitions the node's rows, records the split in `tree` and returns the children.
    private mutating func apply(
        _ split: Split, to pending: Pending, tree: inout RegressionTree, pairs: [Pair], buildHistograms: Bool
    ) -> (Pending, Pending) {
        let cut = UInt8(split.bin)
        let width = bins.featureCount
        var middle = pending.begin
        var leftSum = Pair()
        bins.bins.withUnsafeBufferPointer { binned in
            rows.withUnsafeMutableBufferPointer { rows in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    var right = 0
                    for position in pending.begin..<pending.end {
                        let row = rows[position]
                        if binned[Int(row) &* width &+ split.feature] <= cut {
                            rows[middle] = row
                            middle += 1
                            leftSum += pairs[Int(row)]
                        } else {
                            scratch[right] = row
                            right += 1
                        }
                    }
                    for index in 0..<right { rows[middle + index] = scratch[index] }
                }
            }
        }
        let leftNode = tree.feature.count
        tree.feature[pending.node] = Int32(split.feature)
        tree.threshold[pending.node] = bins.lowers[split.feature][split.bin + 1]
        tree.left[pending.node] = Int32(leftNode)
        tree.feature += [-1, -1]
        tree.threshold += [0, 0]
        tree.left += [0, 0]
        tree.value += [0, 0]
        var left = Pending(node: leftNode, begin: pending.begin, end: middle, sum: leftSum, histogram: [])
        var right = Pending(
            node: leftNode + 1, begin: middle, end: pending.end, sum: pending.sum - leftSum, histogram: [])
        if buildHistograms {
            let leftSmaller = middle - pending.begin <= pending.end - middle
            let small = leftSmaller ? left : right
            var smallHistogram = histogram(begin: small.begin, end: small.end, pairs: pairs)
            var largeHistogram = pending.histogram
            largeHistogram.withUnsafeMutableBufferPointer { large in
                smallHistogram.withUnsafeBufferPointer { small in
                    for index in large.indices { large[index] -= small[index] }
                }
            }
            if !leftSmaller { swap(&smallHistogram, &largeHistogram) }
            left.histogram = smallHistogram
            right.histogram = largeHistogram
        }
        return (left, right)
    }
}
