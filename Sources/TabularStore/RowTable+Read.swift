import Foundation
import GRDB
import SparseData

extension RowTable {
    /// The rows in `range` (0-based positions), in order.
    public func rows(in range: Range<Int>) throws -> LibSVMDataset {
        try database.read { db in
            let cursor = try Row.fetchCursor(
                db, sql: "SELECT row, label, ids, vals FROM \"\(name)\" WHERE row >= ? AND row < ? ORDER BY row",
                arguments: [range.lowerBound, range.upperBound])
            var acc = Accumulator(fields: fields, capacity: range.count)
            while let row = try cursor.next() { try acc.append(row, table: name) }
            return try acc.dataset()
        }
    }

    /// The rows at `positions`, in that order (a position may repeat).
    public func rows(at positions: [Int]) throws -> LibSVMDataset {
        let distinct = Array(Set(positions)).sorted()
        var acc = Accumulator(fields: fields, capacity: distinct.count)
        var slot: [Int: Int] = [:]
        try database.read { db in
            var start = 0
            while start < distinct.count {
                let chunk = distinct[start..<min(start + 500, distinct.count)]
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let cursor = try Row.fetchCursor(
                    db, sql: "SELECT row, label, ids, vals FROM \"\(name)\" WHERE row IN (\(marks)) ORDER BY row",
                    arguments: StatementArguments(Array(chunk)))
                while let row = try cursor.next() {
                    slot[row[0]] = acc.labels.count
                    try acc.append(row, table: name)
                }
                start += chunk.count
            }
        }
        let fetched = try acc.dataset()
        var order: [Int] = []
        order.reserveCapacity(positions.count)
        for p in positions {
            guard let s = slot[p] else { throw TabularStoreError("table \(name)", "no row at position \(p) (rows 0..<\(count))") }
            order.append(s)
        }
        return fetched.rows(order)
    }

    /// Every row, in order.
    public func all() throws -> LibSVMDataset { try rows(in: 0..<count) }

    /// Writes the table as a libsvm text file (the out-of-database path's export step).
    public func exportLibSVM(to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw TabularStoreError(path, "cannot create file")
        }
        defer { try? handle.close() }
        var start = 0
        while start < count {
            let chunk = try rows(in: start..<min(start + 4096, count))
            var text = ""
            for r in 0..<chunk.count {
                text += Self.format(chunk.labels[r])
                for f in 0..<fields {
                    text += " \(chunk.featureIDs[r * fields + f]):\(Self.format(chunk.featureValues[r * fields + f]))"
                }
                text += "\n"
            }
            handle.write(Data(text.utf8))
            start += chunk.count
        }
    }

    /// A number as libsvm writes it: integers without a fraction.
    static func format(_ v: Float) -> String {
        v == v.rounded() && abs(v) < 1e9 ? String(Int(v)) : "\(v)"
    }
}

/// Collects fetched rows into packed arrays.
struct Accumulator {
    let fields: Int
    var labels: [Float] = []
    var ids: [Int32] = []
    var values: [Float] = []

    init(fields: Int, capacity: Int) {
        self.fields = fields
        labels.reserveCapacity(capacity)
        ids.reserveCapacity(capacity * fields)
        values.reserveCapacity(capacity * fields)
    }

    mutating func append(_ row: Row, table: String) throws {
        let position: Int = row[0]
        let label: Double = row[1]
        let idBlob: Data = row[2]
        let valueBlob: Data = row[3]
        guard PackedColumns.unpack(idBlob, count: fields, into: &ids),
              PackedColumns.unpack(valueBlob, count: fields, into: &values) else {
            throw TabularStoreError("table \(table) row \(position)", "blobs do not hold \(fields) ids and values")
        }
        labels.append(Float(label))
    }

    func dataset() throws -> LibSVMDataset {
        do {
            return try LibSVMDataset(fields: fields, labels: labels, featureIDs: ids, featureValues: values)
        } catch {
            throw TabularStoreError("row table", "\(error)")
        }
    }
}
