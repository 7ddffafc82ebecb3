import Randomness

/// Grows one regression tree depth-wise from gradients and hessians with histogram
/// split finding (XGBoost's `hist` method with the `depthwise` grow policy).
struct TreeGrower {
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
        var gradient: Double
        var hessian: Double
        /// Interleaved (gradient, hessian) sums per global bin; empty when not needed.
        var histogram: [Double]
    }

    private struct Split {
        var feature: Int
        var bin: Int
        var gain: Double
    }

    /// Grows a tree and adds its leaf values to `predictions` of the training rows.
    mutating func grow(
        gradients: [Double], hessians: [Double], predictions: inout [Double],
        generator: inout SeededGenerator
    ) -> RegressionTree {
        for index in rows.indices { rows[index] = Int32(index) }
        let treeFeatures = ColumnSampler.sample(
            Array(0..<bins.featureCount), fraction: parameters.colsampleByTree, generator: &generator)
        var tree = RegressionTree(feature: [-1], threshold: [0], left: [0], value: [0])
        var g = 0.0
        var h = 0.0
        for row in 0..<bins.rowCount {
            g += gradients[row]
            h += hessians[row]
        }
        var level = [Pending(
            node: 0, begin: 0, end: bins.rowCount, gradient: g, hessian: h,
            histogram: parameters.maxDepth > 0
                ? histogram(begin: 0, end: bins.rowCount, gradients: gradients, hessians: hessians) : [])]
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
                let children = apply(
                    split, to: pending, tree: &tree, gradients: gradients, hessians: hessians,
                    buildHistograms: childrenSplit)
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
        let value = scoring.weight(pending.gradient, pending.hessian) * parameters.learningRate
        tree.value[pending.node] = value
        for position in pending.begin..<pending.end {
            predictions[Int(rows[position])] += value
        }
    }

    private func histogram(begin: Int, end: Int, gradients: [Double], hessians: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: 2 * bins.totalBins)
        let width = bins.featureCount
        result.withUnsafeMutableBufferPointer { sums in
            bins.bins.withUnsafeBufferPointer { binned in
                rows.withUnsafeBufferPointer { rows in
                    gradients.withUnsafeBufferPointer { gradients in
                        hessians.withUnsafeBufferPointer { hessians in
                            for position in begin..<end {
                                let row = Int(rows[position])
                                let g = gradients[row]
                                let h = hessians[row]
                                let base = row &* width
                                for feature in 0..<width {
                                    let slot = Int(binned[base &+ feature]) &* 2
                                    sums[slot] += g
                                    sums[slot &+ 1] += h
                                }
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    private func bestSplit(_ pending: Pending, features: [Int]) -> Split? {
        let parentScore = scoring.score(pending.gradient, pending.hessian)
        let minChild = parameters.minChildWeight
        var best: Split?
        pending.histogram.withUnsafeBufferPointer { sums in
            for feature in features {
                let first = bins.offsets[feature]
                let last = bins.offsets[feature + 1] - 1
                var gl = 0.0
                var hl = 0.0
                var bin = first
                while bin < last {
                    gl += sums[2 &* bin]
                    hl += sums[2 &* bin &+ 1]
                    let hr = pending.hessian - hl
                    if hr < minChild { break }
                    if hl >= minChild {
                        let gain = scoring.score(gl, hl) + scoring.score(pending.gradient - gl, hr) - parentScore
                        if gain > (best?.gain ?? -Double.infinity) {
                            best = Split(feature: feature, bin: bin - first, gain: gain)
                        }
                    }
                    bin += 1
                }
            }
        }
        return best
    }

    /// Partitions the node's rows, records the split in `tree` and returns the children.
    private mutating func apply(
        _ split: Split, to pending: Pending, tree: inout RegressionTree,
        gradients: [Double], hessians: [Double], buildHistograms: Bool
    ) -> (Pending, Pending) {
        let cut = UInt32(bins.offsets[split.feature] + split.bin)
        let width = bins.featureCount
        var middle = pending.begin
        var gl = 0.0
        var hl = 0.0
        bins.bins.withUnsafeBufferPointer { binned in
            rows.withUnsafeMutableBufferPointer { rows in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    var right = 0
                    for position in pending.begin..<pending.end {
                        let row = rows[position]
                        if binned[Int(row) &* width &+ split.feature] <= cut {
                            rows[middle] = row
                            middle += 1
                            gl += gradients[Int(row)]
                            hl += hessians[Int(row)]
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
        var left = Pending(node: leftNode, begin: pending.begin, end: middle,
                           gradient: gl, hessian: hl, histogram: [])
        var right = Pending(node: leftNode + 1, begin: middle, end: pending.end,
                            gradient: pending.gradient - gl, hessian: pending.hessian - hl, histogram: [])
        if buildHistograms {
            let leftSmaller = middle - pending.begin <= pending.end - middle
            let small = leftSmaller ? left : right
            var smallHistogram = histogram(
                begin: small.begin, end: small.end, gradients: gradients, hessians: hessians)
            var largeHistogram = pending.histogram
            for index in largeHistogram.indices { largeHistogram[index] -= smallHistogram[index] }
            if !leftSmaller { swap(&smallHistogram, &largeHistogram) }
            left.histogram = smallHistogram
            right.histogram = largeHistogram
        }
        return (left, right)
    }
}
