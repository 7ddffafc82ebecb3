import Randomness

/// Seeded mini-batch order: a Fisher–Yates shuffle, redrawn when a pass is used up.
public struct BatchSampler: Sendable {
    /// Rows sampled from.
    public let count: Int
    /// Rows per batch (the last batch of a pass may be shorter, never below 2 rows).
    public let batchSize: Int
    private var order: [Int] = []
    private var cursor = 0

    /// Creates a sampler over rows `0..<count`.
    public init(count: Int, batchSize: Int) {
        self.count = count
        self.batchSize = batchSize
    }

    /// Mini-batches in one pass (a final partial batch of ≥ 2 rows counts).
    public var batchesPerPass: Int {
        count / batchSize + (count % batchSize >= 2 ? 1 : 0)
    }

    /// The next batch of row indices.
    public mutating func next(generator: inout SeededGenerator) -> ArraySlice<Int> {
        if order.isEmpty || count - cursor < 2 {
            order = Array(0..<count)
            for i in stride(from: count - 1, to: 0, by: -1) {
                let j = Int(generator.next() % UInt64(i + 1))
                order.swapAt(i, j)
            }
            cursor = 0
        }
        let end = min(count, cursor + batchSize)
        defer { cursor = end }
        return order[cursor..<end]
    }
}
