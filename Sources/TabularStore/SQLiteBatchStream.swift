import Datasets
import Randomness

/// Mini-batches read straight from a ``RowTable``: a seeded shuffle of row positions,
/// redrawn when a pass is used up, each batch fetched from SQLite when asked for.
///
/// The shuffle is the one `Numerics`' trainer uses (Fisher–Yates from the end, a final
/// partial batch of at least 2 rows), so a stream and an in-memory run with the same
/// generator see the same rows in the same order.
public struct SQLiteBatchStream: Sendable {
    /// The table read.
    public let table: RowTable
    /// Rows per batch.
    public let batchSize: Int
    private var order: [Int] = []
    private var cursor = 0
    private var generator: SeededGenerator

    /// Creates a stream over `table`.
    public init(table: RowTable, batchSize: Int, generator: SeededGenerator) {
        self.table = table
        self.batchSize = max(1, min(batchSize, table.count))
        self.generator = generator
    }

    /// Mini-batches per pass over the table.
    public var batchesPerPass: Int {
        table.count / batchSize + (table.count % batchSize >= 2 ? 1 : 0)
    }

    /// The positions of the next batch.
    public mutating func nextPositions() -> [Int] {
        let count = table.count
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
        return Array(order[cursor..<end])
    }

    /// The next batch, fetched from the database.
    public mutating func next() throws -> LibSVMDataset {
        try table.rows(at: nextPositions())
    }
}
