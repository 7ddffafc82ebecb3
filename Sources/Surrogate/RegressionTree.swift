/// A binary regression tree stored as flat arrays; node 0 is the root.
///
/// An internal node sends `row[feature] < threshold` to `left` and everything else
/// (including NaN) to `left + 1`. A leaf has `feature == -1` and predicts `value`.
public struct RegressionTree: Sendable, Hashable, Codable {
    /// Split feature per node, or -1 for a leaf.
    public var feature: [Int32]
    /// Split threshold per node (unused for leaves).
    public var threshold: [Double]
    /// Index of the left child per node; the right child is `left + 1` (unused for leaves).
    public var left: [Int32]
    /// Leaf value per node (already scaled by the learning rate; 0 for internal nodes).
    public var value: [Double]

    /// Creates a tree from its node arrays.
    public init(feature: [Int32], threshold: [Double], left: [Int32], value: [Double]) {
        self.feature = feature
        self.threshold = threshold
        self.left = left
        self.value = value
    }

    /// The number of nodes.
    public var nodeCount: Int { feature.count }

    /// The number of leaves.
    public var leafCount: Int { feature.filter { $0 < 0 }.count }

    /// The prediction for a row.
    @inlinable public func predict(_ row: [Double]) -> Double {
        row.withUnsafeBufferPointer { predict($0) }
    }

    /// The prediction for a row given as a buffer.
    @inlinable public func predict(_ row: UnsafeBufferPointer<Double>) -> Double {
        var node = 0
        while feature[node] >= 0 {
            node = row[Int(feature[node])] < threshold[node] ? Int(left[node]) : Int(left[node]) + 1
        }
        return value[node]
    }

    /// Checks that the arrays describe a well-formed tree over `featureCount` features.
    func validate(featureCount: Int) -> String? {
        let count = feature.count
        guard count > 0, threshold.count == count, left.count == count, value.count == count else {
            return "tree node arrays are empty or of different lengths"
        }
        for node in 0..<count where feature[node] >= 0 {
            guard Int(feature[node]) < featureCount else { return "node \(node): feature out of range" }
            guard Int(left[node]) > node, Int(left[node]) + 1 < count else {
                return "node \(node): child index out of range"
            }
        }
        return nil
    }
}
