import Foundation

/// Rewrites Cairo's process-wide SVG ids so the same figure gives the same bytes.
///
/// Cairo numbers `surfaceN`, `glyphN-M`, `clipN`, `patternN` etc. from global counters;
/// this renumbers every `id="…"` in order of first appearance, and every `#…` reference to it.
/// It scans bytes (no regular expressions) because figure SVGs run to megabytes.
public enum SVGNormalizer {
    /// The SVG with ids renumbered from their order of appearance.
    public static func normalize(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        var mapping: [ArraySlice<UInt8>: [UInt8]] = [:]
        var counters: [ArraySlice<UInt8>: Int] = [:]
        let idPrefix: [UInt8] = Array("id=\"".utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "i"), starts(bytes, at: i, with: idPrefix),
               let (prefixEnd, end) = token(bytes, from: i + idPrefix.count) {
                let name = bytes[(i + idPrefix.count)..<end]
                if mapping[name] == nil {
                    let prefix = bytes[(i + idPrefix.count)..<prefixEnd]
                    let n = counters[prefix, default: 0]
                    counters[prefix] = n + 1
                    mapping[name] = Array(prefix) + Array(String(n).utf8)
                }
                i = end
            } else {
                i += 1
            }
        }
        guard !mapping.isEmpty else { return data }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        i = 0
        while i < bytes.count {
            var start: Int?
            if bytes[i] == UInt8(ascii: "#") { start = i + 1 }
            else if bytes[i] == UInt8(ascii: "i"), starts(bytes, at: i, with: idPrefix) { start = i + idPrefix.count }
            if let s = start, let (_, end) = token(bytes, from: s), let replacement = mapping[bytes[s..<end]] {
                out.append(contentsOf: bytes[i..<s])
                out.append(contentsOf: replacement)
                i = end
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return Data(out)
    }

    /// The SVG text with ids renumbered from their order of appearance.
    public static func normalize(_ svg: String) -> String {
        String(decoding: normalize(Data(svg.utf8)), as: UTF8.self)
    }

    static func starts(_ bytes: [UInt8], at i: Int, with prefix: [UInt8]) -> Bool {
        guard i + prefix.count <= bytes.count else { return false }
        for k in prefix.indices where bytes[i + k] != prefix[k] { return false }
        return true
    }

    /// A token of letters/underscores then a digit and digits or dashes, starting at `i`:
    /// the index where its letters end and where it ends.
    static func token(_ bytes: [UInt8], from i: Int) -> (Int, Int)? {
        var j = i
        while j < bytes.count, isLetter(bytes[j]) { j += 1 }
        guard j > i, j < bytes.count, isDigit(bytes[j]) else { return nil }
        let prefixEnd = j
        while j < bytes.count, isDigit(bytes[j]) || bytes[j] == UInt8(ascii: "-") { j += 1 }
        return (prefixEnd, j)
    }

    static func isLetter(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
}
