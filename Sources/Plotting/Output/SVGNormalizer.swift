import Foundation

/// Rewrites Cairo's process-wide SVG ids so the same figure gives the same bytes.
///
/// Cairo numbers `surfaceN`, `glyphN-M`, `clipN`, `patternN` etc. from global counters;
/// this renumbers every `id="…"` in order of first appearance, and every reference to it.
public enum SVGNormalizer {
    /// The SVG with ids renumbered from their order of appearance.
    public static func normalize(_ data: Data) -> Data {
        guard let text = String(data: data, encoding: .utf8) else { return data }
        return Data(normalize(text).utf8)
    }

    /// The SVG text with ids renumbered from their order of appearance.
    public static func normalize(_ svg: String) -> String {
        // Collect ids in order of definition.
        var mapping: [String: String] = [:]
        var counters: [String: Int] = [:]
        let idPattern = #/id="([A-Za-z_]+)([0-9][0-9-]*)"/#
        for match in svg.matches(of: idPattern) {
            let prefix = String(match.output.1), old = prefix + String(match.output.2)
            guard mapping[old] == nil else { continue }
            let n = counters[prefix, default: 0]
            counters[prefix] = n + 1
            mapping[old] = "\(prefix)\(n)"
        }
        guard !mapping.isEmpty else { return svg }
        // Replace every occurrence of an id token (in id=, href=#, url(#)).
        let token = #/(id="|#)([A-Za-z_]+[0-9][0-9-]*)/#
        return svg.replacing(token) { match in
            let name = String(match.output.2)
            return String(match.output.1) + (mapping[name] ?? name)
        }
    }
}
