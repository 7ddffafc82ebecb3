import Foundation

/// Where a whole JSON document failed to parse, as a 1-based line, shared by every JSON
/// loader so that a truncated or corrupted document still names a place.
enum JSONFailureLine {
    /// The line of the byte the parser names ("around character N", or "line N" in a
    /// debug description), else the last line: where a truncated document ran out.
    static func line(in data: Data, error: Error) -> Int {
        let text = describe(error)
        if let offset = number(after: "character ", in: text) { return line(ofByte: offset, in: data) }
        if let line = number(after: "line ", in: text) { return line }
        return lastLine(of: data)
    }

    /// The 1-based line holding byte `offset` (clamped to the data).
    static func line(ofByte offset: Int, in data: Data) -> Int {
        data.prefix(max(0, offset)).reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }

    /// The 1-based number of the last line (1 for empty data; a final newline opens no line).
    static func lastLine(of data: Data) -> Int {
        let newlines = data.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        return max(1, newlines + (data.last == UInt8(ascii: "\n") ? 0 : 1))
    }

    private static func describe(_ error: Error) -> String {
        var parts = ["\(error)"]
        if case DecodingError.dataCorrupted(let context) = error {
            parts.append(context.debugDescription)
            if let underlying = context.underlyingError { parts.append(describe(underlying)) }
        }
        let info = (error as NSError).userInfo
        if let debug = info["NSDebugDescription"] as? String { parts.append(debug) }
        return parts.joined(separator: " ")
    }

    private static func number(after marker: String, in text: String) -> Int? {
        guard let range = text.range(of: marker) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }
}
