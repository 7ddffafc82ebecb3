/// Maps data values of one panel to canvas points.
struct PanelMapper {
    var plot: Rect
    var x: AxisFrame
    var y: AxisFrame

    /// Keeps far-off points at sane coordinates for the backends.
    private func clamp(_ v: Double) -> Double { min(max(v, -1e6), 1e6) }

    /// The canvas x of data value `v`, or nil when it cannot be shown.
    func px(_ v: Double) -> Double? {
        x.fraction(v).map { clamp(plot.minX + $0 * plot.width) }
    }

    /// The canvas y of data value `v`, or nil when it cannot be shown.
    func py(_ v: Double) -> Double? {
        y.fraction(v).map { clamp(plot.maxY - $0 * plot.height) }
    }

    /// The canvas point of `(vx, vy)`, or nil.
    func point(_ vx: Double, _ vy: Double) -> Point? {
        guard let a = px(vx), let b = py(vy) else { return nil }
        return Point(a, b)
    }

    /// The canvas y of the bottom of bars: 0 on linear axes, the lower limit on log axes.
    var barBase: Double {
        switch y.scale {
        case .linear: return py(0) ?? plot.maxY
        case .log10: return y.inverted ? plot.minY : plot.maxY
        }
    }
}

/// Marker outlines.
enum MarkerPath {
    /// Adds marker `shape` of diameter `size` at `c` to `path`.
    static func add(_ shape: Marker, at c: Point, size: Double, to path: inout Path) {
        let r = size / 2
        switch shape {
        case .none: return
        case .circle: path.addCircle(c, radius: r)
        case .square:
            let s = r * 0.9
            path.addRect(Rect(x: c.x - s, y: c.y - s, width: 2 * s, height: 2 * s))
        case .triangle:
            let s = r * 1.15
            path.move(to: Point(c.x, c.y - s))
            path.line(to: Point(c.x + s * 0.866, c.y + s * 0.5))
            path.line(to: Point(c.x - s * 0.866, c.y + s * 0.5))
            path.close()
        case .diamond:
            let s = r * 1.15
            path.move(to: Point(c.x, c.y - s))
            path.line(to: Point(c.x + s * 0.75, c.y))
            path.line(to: Point(c.x, c.y + s))
            path.line(to: Point(c.x - s * 0.75, c.y))
            path.close()
        case .plus:
            path.move(to: Point(c.x - r, c.y)); path.line(to: Point(c.x + r, c.y))
            path.move(to: Point(c.x, c.y - r)); path.line(to: Point(c.x, c.y + r))
        case .cross:
            let s = r * 0.8
            path.move(to: Point(c.x - s, c.y - s)); path.line(to: Point(c.x + s, c.y + s))
            path.move(to: Point(c.x - s, c.y + s)); path.line(to: Point(c.x + s, c.y - s))
        }
    }

    /// Whether the marker is drawn by stroking rather than filling.
    static func isStroked(_ shape: Marker) -> Bool { shape == .plus || shape == .cross }
}
