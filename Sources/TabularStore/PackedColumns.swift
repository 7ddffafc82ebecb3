import Foundation

/// Packs and unpacks fixed-width numbers as little-endian blobs (one blob per row and column).
enum PackedColumns {
    /// The bytes of `values` (Int32, little-endian).
    static func pack(_ values: ArraySlice<Int32>) -> Data {
        var data = Data(capacity: values.count * 4)
        for v in values { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    /// The bytes of `values` (Float32 bit patterns, little-endian).
    static func pack(_ values: ArraySlice<Float>) -> Data {
        var data = Data(capacity: values.count * 4)
        for v in values { withUnsafeBytes(of: v.bitPattern.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    /// Appends the `count` Int32 values in `data` to `out`; false when the size is wrong.
    static func unpack(_ data: Data, count: Int, into out: inout [Int32]) -> Bool {
        guard data.count == count * 4 else { return false }
        data.withUnsafeBytes { raw in
            for i in 0..<count { out.append(Int32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * i, as: Int32.self))) }
        }
        return true
    }

    /// Appends the `count` Float32 values in `data` to `out`; false when the size is wrong.
    static func unpack(_ data: Data, count: Int, into out: inout [Float]) -> Bool {
        guard data.count == count * 4 else { return false }
        data.withUnsafeBytes { raw in
            for i in 0..<count {
                out.append(Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))))
            }
        }
        return true
    }
}
