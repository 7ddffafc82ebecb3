/// The non-dominated set of points that maximise two objectives at once.
public enum ParetoFront {
    /// The indices of the points not dominated by any other, ordered by increasing `x`
    /// (hence decreasing `y`).
    ///
    /// A point dominates another when it is at least as good in both coordinates and
    /// better in one. Of several identical points only the first is kept; points with a
    /// non-finite coordinate are ignored. O(n log n).
    public static func indices(x: [Double], y: [Double]) -> [Int] {
        let count = min(x.count, y.count)
        let order = (0..<count).filter { x[$0].isFinite && y[$0].isFinite }.sorted { a, b in
            if x[a] != x[b] { return x[a] > x[b] }
            if y[a] != y[b] { return y[a] > y[b] }
            return a < b
        }
        var front: [Int] = []
        var bestY = -Double.infinity
        for index in order where y[index] > bestY {
            front.append(index)
            bestY = y[index]
        }
        return front.reversed()
    }
}
