import Numerics
import Randomness
import SparseData

/// Mini-batches read straight from a ``RowTable``: a seeded shuffle of row positions,
/// redrawn when a pass is used up, each batch fetched from SQLite when asked for.
///
/// The shuffle is `Numerics`' ``BatchSampler``, the one its trainer uses, so a stream and
/// an in-memory run with the same generator see the same rows in the same order.
public struct SQLiteBatchStream: Sendable {
    /// The table read.
    public let table: RowTable
    /// Rows per batch.
    public var batchSize: Int { sampler.batchSize }
    private var sampler: BatchSampler
    private var generator: SeededGenerator

    /// Creates a stream over `table`.
    public init(table: RowTable, batchSize: Int, generator: SeededGenerator) {
        self.table = table
        self.sampler = BatchSampler(count: table.count, batchSize: max(1, min(batchSize, table.count)))
        self.generator = generator
    }

    /// Mini-batches per pass over the table.
    public var batchesPerPass: Int { sampler.batchesPerPass }

    /// The positions of the next batch.
    public mutating func nextPositions() -> [Int] {
        Array(sampler.next(generator: &generator))
    }

    /// The next batch, fetched from the database.
    public mutating func next() throws -> LibSVMDataset {
        try table.rows(at: nextPositions())
    }
}
