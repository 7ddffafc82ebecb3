import Foundation

@testable import Plotting

/// Records like ``RecordingRenderer`` but measures text with Pango (through a Cairo canvas).
final class PangoRecorder: Renderer {
    let canvas: CairoCanvas
    let recorder = RecordingRenderer()

    init(width: Double = 100, height: Double = 100) throws {
        canvas = try CairoCanvas(format: .png, width: width, height: height, pngScale: 1)
    }

    var operations: [RecordingRenderer.Operation] { recorder.operations }
    var texts: [(text: String, frame: Rect, corners: [Point])] { recorder.texts }

    func measure(_ text: String, font: Font) -> TextSize { canvas.measure(text, font: font) }
    func fill(_ path: Path, color: Color) { recorder.fill(path, color: color) }
    func fill(_ path: Path, gradient: [GradientStop], from start: Point, to end: Point) {
        recorder.fill(path, gradient: gradient, from: start, to: end)
    }
    func stroke(_ path: Path, style: StrokeStyle) { recorder.stroke(path, style: style) }
    func text(_ text: String, at point: Point, anchor: TextAnchor, rotation: Double, font: Font, color: Color) {
        recorder.recordText(text, size: measure(text, font: font), at: point, anchor: anchor, rotation: rotation, font: font)
    }
    func pushClip(_ rect: Rect) { recorder.pushClip(rect) }
    func popClip() { recorder.popClip() }
}

/// A structural summary of an SVG produced by Cairo.
struct SVGSummary: Equatable, CustomStringConvertible {
    /// Element name → count, e.g. `path` (outside glyph symbols), `use` (glyphs drawn), `clipPath`.
    var counts: [String: Int]
    /// Distinct fill colours of non-glyph paths.
    var fills: Int
    /// Bounding box of every coordinate in non-glyph path data.
    var bounds: Rect?
    var width: Double
    var height: Double

    init(_ svg: String) {
        var counts: [String: Int] = [:]
        var body = svg
        if let end = svg.range(of: "</defs>") { body = String(svg[end.upperBound...]) }
        for m in body.matches(of: #/<([a-zA-Z]+)[ >\/]/#) { counts[String(m.output.1), default: 0] += 1 }
        counts["symbol"] = svg.matches(of: #/<symbol /#).count
        self.counts = counts
        var colors = Set<String>()
        var lo = Point(.infinity, .infinity), hi = Point(-.infinity, -.infinity)
        for m in body.matches(of: #/<path style="([^"]*)" d="([^"]*)"(/?[^>]*)>/#) {
            let style = String(m.output.1)
            if let fill = style.firstMatch(of: #/fill:(rgb\([^)]*\))/#) { colors.insert(String(fill.output.1)) }
            guard !m.output.3.contains("transform") else { continue }
            let numbers = String(m.output.2).split(whereSeparator: { $0 == " " }).compactMap { Double($0) }
            for i in stride(from: 0, to: numbers.count - 1, by: 2) {
                lo = Point(min(lo.x, numbers[i]), min(lo.y, numbers[i + 1]))
                hi = Point(max(hi.x, numbers[i]), max(hi.y, numbers[i + 1]))
            }
        }
        fills = colors.count
        bounds = lo.x <= hi.x ? Rect(x: lo.x, y: lo.y, width: hi.x - lo.x, height: hi.y - lo.y) : nil
        let size = svg.firstMatch(of: #/viewBox="0 0 ([0-9.]+) ([0-9.]+)"/#)
        width = size.flatMap { Double($0.output.1) } ?? 0
        height = size.flatMap { Double($0.output.2) } ?? 0
    }

    var description: String {
        counts.keys.sorted().map { "\($0)=\(counts[$0] ?? 0)" }.joined(separator: " ") + " fills=\(fills)"
    }
}

/// Canvas bounds of recorded paths drawn outside any clip.
func unclippedPathBounds(_ ops: [RecordingRenderer.Operation]) -> [Rect] {
    var depth = 0
    var out: [Rect] = []
    for op in ops {
        switch op {
        case .pushClip: depth += 1
        case .popClip: depth -= 1
        case .fill(let p, _), .stroke(let p, _):
            if depth == 0, let b = p.bounds { out.append(b) }
        case .gradient(let p): if depth == 0, let b = p.bounds { out.append(b) }
        case .text: break
        }
    }
    return out
}

/// Whether two convex polygons overlap by more than `slack` points (separating axis test).
func polygonsOverlap(_ a: [Point], _ b: [Point], slack: Double = 0.25) -> Bool {
    for poly in [a, b] {
        for i in poly.indices {
            let p = poly[i], q = poly[(i + 1) % poly.count]
            let length = ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot()
            guard length > 0 else { continue }
            let n = Point(-(q.y - p.y) / length, (q.x - p.x) / length)
            let pa = a.map { $0.x * n.x + $0.y * n.y }, pb = b.map { $0.x * n.x + $0.y * n.y }
            let overlap = min(pa.max() ?? 0, pb.max() ?? 0) - max(pa.min() ?? 0, pb.min() ?? 0)
            if overlap <= slack { return false }
        }
    }
    return true
}
