#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses one libsvm line held in a NUL-terminated C buffer.
enum LibSVMParser {
    /// `value` narrowed to `Float`, or nil when it is not finite there (NaN, ±infinity, overflow).
    static func finiteFloat(_ value: Double) -> Float? {
        let narrowed = Float(value)
        return narrowed.isFinite ? narrowed : nil
    }

    /// Parses `line` (NUL-terminated, without the newline); nil for a blank line.
    ///
    /// Throws a reason string (the caller adds file and line number).
    static func parse(_ line: UnsafeMutablePointer<CChar>, into row: inout LibSVMRow) throws(LibSVMParseFailure) -> Bool {
        row.featureIDs.removeAll(keepingCapacity: true)
        row.featureValues.removeAll(keepingCapacity: true)
        var cursor = skipSpaces(line)
        if cursor.pointee == 0 || cursor.pointee == 35 { return false }  // blank or '#' comment
        var end: UnsafeMutablePointer<CChar>? = nil
        let label = strtod(cursor, &end)
        guard let afterLabel = end, afterLabel != cursor, isSeparator(afterLabel.pointee) else {
            throw LibSVMParseFailure("label '\(token(at: cursor))' is not a number")
        }
        guard let narrowLabel = finiteFloat(label) else {
            throw LibSVMParseFailure("label '\(token(at: cursor))' is not a finite Float")
        }
        row.label = narrowLabel
        cursor = skipSpaces(afterLabel)
        while cursor.pointee != 0 && cursor.pointee != 35 {
            let start = cursor
            guard isDigit(cursor.pointee) else {
                throw LibSVMParseFailure("feature '\(token(at: start))' does not start with a non-negative integer id")
            }
            let id = strtol(cursor, &end, 10)
            guard let colon = end, colon.pointee == 58 else {
                throw LibSVMParseFailure("feature '\(token(at: start))' is not of the form id:value")
            }
            guard id <= Int(Int32.max) else {
                throw LibSVMParseFailure("feature id \(id) is too large")
            }
            let valueStart = colon + 1
            let value = strtod(valueStart, &end)
            guard let afterValue = end, afterValue != valueStart, isSeparator(afterValue.pointee) else {
                throw LibSVMParseFailure("feature '\(token(at: start))' has a value that is not a number")
            }
            guard let narrowValue = finiteFloat(value) else {
                throw LibSVMParseFailure("feature '\(token(at: start))' has a value that is not a finite Float")
            }
            row.featureIDs.append(Int32(id))
            row.featureValues.append(narrowValue)
            cursor = skipSpaces(afterValue)
        }
        return true
    }

    private static func isSeparator(_ c: CChar) -> Bool { c == 0 || c == 32 || c == 9 || c == 13 }
    private static func isDigit(_ c: CChar) -> Bool { c >= 48 && c <= 57 }

    private static func skipSpaces(_ p: UnsafeMutablePointer<CChar>) -> UnsafeMutablePointer<CChar> {
        var q = p
        while q.pointee == 32 || q.pointee == 9 || q.pointee == 13 { q += 1 }
        return q
    }

    /// The whitespace-delimited token starting at `p`, truncated to 40 characters.
    private static func token(at p: UnsafeMutablePointer<CChar>) -> String {
        var bytes: [UInt8] = []
        var q = p
        while !isSeparator(q.pointee) && bytes.count < 40 {
            bytes.append(UInt8(bitPattern: q.pointee))
            q += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Why a line failed to parse (without its location).
struct LibSVMParseFailure: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
