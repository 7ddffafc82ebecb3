/// Line-like series: lines, steps, CDFs, bands, error bars, reference lines.
extension FigureDrawing {
    /// Splits points into runs at values that cannot be shown, applying step interpolation.
    func polylines(x: [Double], y: [Double], map: PanelMapper, interpolation: LineInterpolation) -> [[Point]] {
        var runs: [[Point]] = [], current: [Point] = []
        for i in 0..<min(x.count, y.count) {
            guard let p = map.point(x[i], y[i]) else {
                if !current.isEmpty { runs.append(current); current = [] }
                continue
            }
            if let last = current.last {
                switch interpolation {
                case .linear: break
                case .stepPost: current.append(Point(p.x, last.y))
                case .stepPre: current.append(Point(last.x, p.y))
                }
            }
            current.append(p)
        }
        if !current.isEmpty { runs.append(current) }
        return runs.map { Self.decimate($0) }
    }

    /// Thins a long polyline without visible change: consecutive points in the same
    /// `column`-wide vertical strip become the first, lowest, highest and last of them.
    static func decimate(_ run: [Point], column: Double = 0.2) -> [Point] {
        guard run.count > 1000 else { return run }
        var out: [Point] = []
        out.reserveCapacity(run.count / 4)
        var i = 0
        while i < run.count {
            let strip = (run[i].x / column).rounded(.down)
            var j = i + 1
            var low = i, high = i
            while j < run.count, (run[j].x / column).rounded(.down) == strip {
                if run[j].y < run[low].y { low = j }
                if run[j].y > run[high].y { high = j }
                j += 1
            }
            for k in Set([i, low, high, j - 1]).sorted() { out.append(run[k]) }
            i = j
        }
        return out
    }

    func strokeRuns(_ runs: [[Point]], style: StrokeStyle) {
        var path = Path()
        for run in runs where run.count > 1 {
            path.elements.append(.move(run[0]))
            for p in run.dropFirst() { path.elements.append(.line(p)) }
        }
        if !path.isEmpty { renderer.stroke(path, style: style) }
    }

    func dataStroke(_ color: Color, width: Double?, dash: Dash) -> StrokeStyle {
        let w = width ?? theme.lineWidth
        return StrokeStyle(color: color, width: w, dash: dash.pattern.map { $0 * w }, round: dash == .solid)
    }

    /// Draws markers of one colour as a single path.
    func paintMarkers(_ points: [Point], shape: Marker, size: Double, color: Color) {
        guard shape != .none, !points.isEmpty else { return }
        if MarkerPath.isStroked(shape) {
            var path = Path()
            for p in points { MarkerPath.add(shape, at: p, size: size, to: &path) }
            renderer.stroke(path, style: StrokeStyle(color: color, width: theme.lineWidth))
        } else {
            var marker = Path()
            MarkerPath.add(shape, at: Point(0, 0), size: size, to: &marker)
            renderer.fillMarkers(marker, at: points, color: color)
        }
    }

    func paintLine(_ l: LineSeries, color: Color, map: PanelMapper) {
        let runs = polylines(x: l.x, y: l.y, map: map, interpolation: l.interpolation)
        strokeRuns(runs, style: dataStroke(color, width: l.width, dash: l.dash))
        if l.marker != .none {
            let points = (0..<min(l.x.count, l.y.count)).compactMap { map.point(l.x[$0], l.y[$0]) }
            paintMarkers(points, shape: l.marker, size: l.markerSize ?? theme.markerSize, color: color)
        }
    }

    func paintCDF(_ c: CDFSeries, color: Color, map: PanelMapper) {
        let (xs, ps) = PlotStats.ecdf(c.values.filter { map.x.scale.transform($0) != nil })
        guard let first = xs.first else { return }
        var x = [first], y = [c.complementary ? 1.0 : 0.0]
        for (v, p) in zip(xs, ps) {
            x.append(v)
            y.append(c.complementary ? 1 - p : p)
        }
        let runs = polylines(x: x, y: y, map: map, interpolation: .stepPre)
        strokeRuns(runs, style: dataStroke(color, width: c.width, dash: c.dash))
    }

    func paintBand(_ b: BandSeries, color: Color, map: PanelMapper) {
        let n = min(b.x.count, b.lower.count, b.upper.count)
        var run: [(Point, Point)] = []
        var path = Path()
        func flush() {
            guard run.count > 1 else { run = []; return }
            path.move(to: run[0].0)
            for p in run.dropFirst() { path.line(to: p.0) }
            for p in run.reversed() { path.line(to: p.1) }
            path.close()
            run = []
        }
        for i in 0..<n {
            if let lo = map.point(b.x[i], b.lower[i]), let hi = map.point(b.x[i], b.upper[i]) {
                run.append((lo, hi))
            } else {
                flush()
            }
        }
        flush()
        path = Self.decimateSubpaths(path)
        if !path.isEmpty { renderer.fill(path, color: color.withAlpha(color.alpha * (b.opacity ?? theme.bandOpacity))) }
    }

    /// Decimates each closed band outline (lower edge forward, upper edge back) edge by edge.
    static func decimateSubpaths(_ path: Path) -> Path {
        guard path.elements.count > 2000 else { return path }
        var out = Path()
        var current: [Point] = []
        func flush() {
            guard !current.isEmpty else { return }
            let half = current.count / 2
            let edges = decimate(Array(current[..<half])) + decimate(Array(current[half...]))
            out.elements.append(.move(edges[0]))
            for p in edges.dropFirst() { out.elements.append(.line(p)) }
            out.elements.append(.close)
            current = []
        }
        for e in path.elements {
            switch e {
            case .move(let p): flush(); current = [p]
            case .line(let p): current.append(p)
            case .close: flush()
            case .circle, .rect: break
            }
        }
        flush()
        return out
    }

    func paintErrorBars(_ e: ErrorBarSeries, color: Color, map: PanelMapper) {
        let n = min(e.x.count, e.y.count, e.lower.count, e.upper.count)
        var bars = Path(), centers: [Point] = []
        let cap = e.capSize / 2
        for i in 0..<n {
            guard let x = map.px(e.x[i]) else { continue }
            if let lo = map.py(e.lower[i]), let hi = map.py(e.upper[i]) {
                bars.move(to: Point(x, lo)); bars.line(to: Point(x, hi))
                if cap > 0 {
                    bars.move(to: Point(x - cap, lo)); bars.line(to: Point(x + cap, lo))
                    bars.move(to: Point(x - cap, hi)); bars.line(to: Point(x + cap, hi))
                }
            }
            if let y = map.py(e.y[i]) { centers.append(Point(x, y)) }
        }
        renderer.stroke(bars, style: StrokeStyle(color: color, width: theme.lineWidth * 0.8))
        if e.connect { strokeRuns([centers], style: dataStroke(color, width: nil, dash: .solid)) }
        paintMarkers(centers, shape: e.marker, size: theme.markerSize, color: color)
    }

    func paintReference(_ r: ReferenceLine, color: Color, map: PanelMapper) {
        var path = Path()
        switch r.orientation {
        case .horizontal(let v):
            guard let y = map.py(v) else { return }
            path.move(to: Point(map.plot.minX, y)); path.line(to: Point(map.plot.maxX, y))
        case .vertical(let v):
            guard let x = map.px(v) else { return }
            path.move(to: Point(x, map.plot.minY)); path.line(to: Point(x, map.plot.maxY))
        }
        let w = r.width ?? theme.lineWidth * 0.8
        renderer.stroke(path, style: StrokeStyle(color: color, width: w, dash: r.dash.pattern.map { $0 * w }))
    }

    func paintText(_ t: TextAnnotation, map: PanelMapper) {
        let point: Point?
        switch t.coordinates {
        case .data: point = map.point(t.x, t.y)
        case .axes: point = Point(map.plot.minX + t.x * map.plot.width, map.plot.maxY - t.y * map.plot.height)
        }
        guard let p = point else { return }
        let font = Font(family: theme.fontFamily, size: t.fontSize ?? theme.fontSize)
        renderer.text(t.text, at: Point(p.x + t.dx, p.y - t.dy), anchor: t.anchor, rotation: 0, font: font,
                      color: t.color ?? theme.foreground)
    }
}
