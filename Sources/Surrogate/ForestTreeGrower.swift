import Randomness

/// Grows one squared-error regression tree of a random forest (depth-first, exact
/// splits over the binned values, scikit-learn's stopping rules).
struct ForestTreeGrower {
    /// Per-bin sums: (rows, weight, weight·y, unused).
    typealias Sums = SIMD4<Double>

    let bins: FeatureBins
    let targets: [Double]
    let parameters: ForestParameters
    let featuresPerNode: Int
    private var rows: [Int32] = []
    private var scratch: [Int32] = []
    private var histogram: [Sums]

    init(bins: FeatureBins, targets: [Double], parameters: ForestParameters) {
        self.bins = bins
        self.targets = targets
        self.parameters = parameters
        featuresPerNode = max(1, Int(parameters.maxFeatures * Double(bins.featureCount)))
        histogram = [Sums](repeating: Sums(), count: bins.stride)
    }

    private struct Node {
        var index: Int
        var begin: Int
        var end: Int
        var depth: Int
    }

    private struct Split {
        var feature: Int
        /// Rows in bins ≤ `lastLeft` go left; `firstRight` is the next non-empty bin.
        var lastLeft: Int
        var firstRight: Int
        var score: Double
    }

    mutating func grow(weights: [Double], generator: inout SeededGenerator) -> RegressionTree {
        rows = (0..<Int32(targets.count)).filter { weights[Int($0)] > 0 }
        scratch = rows
        var tree = RegressionTree(feature: [-1], threshold: [0], left: [0], value: [0])
        var stack = [Node(index: 0, begin: 0, end: rows.count, depth: 0)]
        while let node = stack.popLast() {
            let (weight, weightedSum, pure) = totals(node, weights: weights)
            tree.value[node.index] = weightedSum / weight
            let count = node.end - node.begin
            if count < parameters.minSamplesSplit || count < 2 * parameters.minSamplesLeaf
                || pure || node.depth >= (parameters.maxDepth ?? .max)
            {
                continue
            }
            guard let split = bestSplit(node, weights: weights, generator: &generator) else { continue }
            let middle = partition(node, split: split)
            let left = tree.feature.count
            tree.feature[node.index] = Int32(split.feature)
            let lowers = bins.lowers[split.feature]
            tree.threshold[node.index] = bins.isExact[split.feature]
                ? Self.midpointThreshold(lowers[split.lastLeft], lowers[split.firstRight])
                : lowers[split.firstRight]
            tree.left[node.index] = Int32(left)
            tree.value[node.index] = 0
            tree.feature += [-1, -1]
            tree.threshold += [0, 0]
            tree.left += [0, 0]
            tree.value += [0, 0]
            stack.append(Node(index: left + 1, begin: middle, end: node.end, depth: node.depth + 1))
            stack.append(Node(index: left, begin: node.begin, end: middle, depth: node.depth + 1))
        }
        return tree
    }

    /// scikit-learn's threshold between adjacent values `low < high` (`low/2 + high/2`,
    /// or `low` if that rounds to `high`), sending `x <= threshold` left. Trees send
    /// `x < t` left, so this returns the next double above it. Quantile-binned features
    /// use the right bin's lower bound instead, consistent with the binned partition.
    static func midpointThreshold(_ low: Double, _ high: Double) -> Double {
        var middle = low / 2 + high / 2
        if middle == high || !middle.isFinite { middle = low }
        return middle.nextUp
    }

    /// Weight, weighted target sum, and whether all targets in the node are equal.
    private func totals(_ node: Node, weights: [Double]) -> (Double, Double, Bool) {
        var w = 0.0
        var wy = 0.0
        let first = targets[Int(rows[node.begin])]
        var pure = true
        for position in node.begin..<node.end {
            let row = Int(rows[position])
            w += weights[row]
            wy += weights[row] * targets[row]
            pure = pure && targets[row] == first
        }
        return (w, wy, pure)
    }

    /// Draws features in random order, searching non-constant ones until
    /// `featuresPerNode` have been searched (more if none gave a valid split).
    private mutating func bestSplit(
        _ node: Node, weights: [Double], generator: inout SeededGenerator
    ) -> Split? {
        var order = Array(0..<bins.featureCount)
        var best: Split?
        var searched = 0
        for index in order.indices {
            if searched >= featuresPerNode && best != nil { break }
            let pick = index + Int(generator.next() % UInt64(order.count - index))
            order.swapAt(index, pick)
            let feature = order[index]
            guard fillHistogram(node, feature: feature, weights: weights) else { continue }
            searched += 1
            if let split = scan(node, feature: feature), split.score > (best?.score ?? -.infinity) {
                best = split
            }
        }
        return best
    }

    /// Fills `histogram` for one feature; false when the feature is constant in the node.
    private mutating func fillHistogram(_ node: Node, feature: Int, weights: [Double]) -> Bool {
        let count = bins.binCounts[feature]
        let width = bins.featureCount
        var low = Int.max
        var high = Int.min
        histogram.withUnsafeMutableBufferPointer { sums in
            for bin in 0..<count { sums[bin] = Sums() }
            bins.bins.withUnsafeBufferPointer { binned in
                for position in node.begin..<node.end {
                    let row = Int(rows[position])
                    let bin = Int(binned[row &* width &+ feature])
                    let w = weights[row]
                    sums[bin] += Sums(1, w, w * targets[row], 0)
                    low = min(low, bin)
                    high = max(high, bin)
                }
            }
        }
        return high > low
    }

    /// The best threshold of the filled feature by scikit-learn's proxy
    /// sum_l²/w_l + sum_r²/w_r, honouring `minSamplesLeaf`.
    private func scan(_ node: Node, feature: Int) -> Split? {
        let count = bins.binCounts[feature]
        var total = Sums()
        for bin in 0..<count { total += histogram[bin] }
        var left = Sums()
        var best: Split?
        let minimum = Double(parameters.minSamplesLeaf)
        for bin in 0..<(count - 1) {
            left += histogram[bin]
            if histogram[bin].x == 0 { continue }
            let right = total - left
            if right.x < minimum { break }
            if left.x < minimum { continue }
            let score = left.z * left.z / left.y + right.z * right.z / right.y
            if score > (best?.score ?? -.infinity) {
                // Threshold between this bin and the next non-empty one.
                var next = bin + 1
                while histogram[next].x == 0 { next += 1 }
                best = Split(feature: feature, lastLeft: bin, firstRight: next, score: score)
            }
        }
        return best
    }

    private mutating func partition(_ node: Node, split: Split) -> Int {
        let width = bins.featureCount
        var middle = node.begin
        var right = 0
        for position in node.begin..<node.end {
            let row = rows[position]
            if Int(bins.bins[Int(row) &* width &+ split.feature]) <= split.lastLeft {
                rows[middle] = row
                middle += 1
            } else {
                scratch[right] = row
                right += 1
            }
        }
        for index in 0..<right { rows[middle + index] = scratch[index] }
        return middle
    }
}
