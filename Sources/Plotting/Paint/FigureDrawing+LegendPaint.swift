/// Drawing legends and choosing the best inside corner.
extension FigureDrawing {
    /// Draws a legend block with its top-left corner at `origin`.
    func paintLegend(_ block: LegendBlock, at origin: Point, framed: Bool) {
        let frame = Rect(x: origin.x, y: origin.y, width: block.width, height: block.height)
        if framed {
            renderer.fill(Path(rect: frame), color: theme.background.withAlpha(0.85))
            renderer.stroke(Path(rect: frame), style: StrokeStyle(color: Color(hex: 0xCCCCCC), width: theme.axisLineWidth * 0.8))
        }
        for (i, entry) in block.entries.enumerated() {
            let row = i / block.columns, col = i % block.columns
            let x = origin.x + legendPadding + block.columnWidths[0..<col].reduce(0, +) + Double(col) * legendColumnGap
            let y = origin.y + legendPadding + Double(row) * (block.rowHeight + legendRowGap) + block.rowHeight / 2
            paintHandle(entry.handle, in: Rect(x: x, y: y - block.rowHeight / 2, width: legendHandleWidth, height: block.rowHeight))
            renderer.text(entry.label, at: Point(x + legendHandleWidth + legendHandleGap, y), anchor: .left, rotation: 0,
                          font: tickFont, color: theme.foreground)
        }
    }

    /// Draws the sample of a series inside `box`.
    func paintHandle(_ handle: LegendEntry.Handle, in box: Rect) {
        let c = box.center
        switch handle {
        case .line(let color, let width, let dash, let marker):
            var path = Path()
            path.move(to: Point(box.minX, c.y)); path.line(to: Point(box.maxX, c.y))
            renderer.stroke(path, style: dataStroke(color, width: width, dash: dash))
            paintMarkers([c], shape: marker, size: theme.markerSize, color: color)
        case .patch(let color, let edge):
            let h = min(box.height * 0.7, theme.fontSize)
            let rect = Rect(x: box.minX, y: c.y - h / 2, width: box.width, height: h)
            renderer.fill(Path(rect: rect), color: color)
            if let edge { renderer.stroke(Path(rect: rect), style: StrokeStyle(color: edge, width: theme.axisLineWidth)) }
        case .marker(let color, let marker):
            paintMarkers([c], shape: marker, size: theme.markerSize * 1.2, color: color)
        case .errorBar(let color, let marker):
            var path = Path()
            let h = box.height * 0.4
            path.move(to: Point(c.x, c.y - h)); path.line(to: Point(c.x, c.y + h))
            renderer.stroke(path, style: StrokeStyle(color: color, width: theme.lineWidth * 0.8))
            paintMarkers([c], shape: marker, size: theme.markerSize, color: color)
        }
    }

    /// Places and draws a panel's own legend.
    func paintPanelLegend(_ block: LegendBlock, index: Int, _ p: PanelLayout, map: PanelMapper) {
        let pad = theme.padding, plot = p.plot
        let inset = pad * 1.2
        func corner(_ placement: LegendPlacement) -> Point {
            switch placement {
            case .upperLeft: return Point(plot.minX + inset, plot.minY + inset)
            case .lowerLeft: return Point(plot.minX + inset, plot.maxY - inset - block.height)
            case .lowerRight: return Point(plot.maxX - inset - block.width, plot.maxY - inset - block.height)
            default: return Point(plot.maxX - inset - block.width, plot.minY + inset)
            }
        }
        switch p.legendPlacement {
        case .none: return
        case .outsideRight:
            var x = plot.maxX + pad * 2
            if let bar = p.colorbar { x = plot.maxX + bar.width + pad * 2 }
            paintLegend(block, at: Point(x, plot.minY), framed: false)
        case .outsideTop:
            paintLegend(block, at: Point(plot.center.x - block.width / 2, plot.minY - pad - block.height), framed: false)
        case .best:
            let samples = dataPoints(index: index, map: map)
            let order: [LegendPlacement] = [.upperRight, .upperLeft, .lowerLeft, .lowerRight]
            let costs = order.map { placement -> Int in
                let o = corner(placement)
                let r = Rect(x: o.x, y: o.y, width: block.width, height: block.height)
                return samples.filter { r.contains($0) }.count
            }
            let best = costs.indices.min { costs[$0] < costs[$1] } ?? 0
            paintLegend(block, at: corner(order[best]), framed: true)
        default:
            paintLegend(block, at: corner(p.legendPlacement), framed: true)
        }
    }

    /// Canvas points covered by the data of panel `index` (vertices and segment midpoints).
    func dataPoints(index: Int, map: PanelMapper) -> [Point] {
        var out: [Point] = []
        func addLine(_ x: [Double], _ y: [Double]) {
            let points = (0..<min(x.count, y.count)).compactMap { map.point(x[$0], y[$0]) }
            out += points
            // Dense sampling along segments so a line through a corner counts.
            for (a, b) in zip(points, points.dropFirst()) {
                let steps = min(20, Int(max(abs(b.x - a.x), abs(b.y - a.y)) / 4))
                guard steps > 1 else { continue }
                for k in 1..<steps {
                    let t = Double(k) / Double(steps)
                    out.append(Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t))
                }
            }
        }
        for s in figure.panels[index].series {
            switch s {
            case .line(let l): addLine(l.x, l.y)
            case .scatter(let l): addLine(l.x, l.y)
            case .band(let b): addLine(b.x, b.lower); addLine(b.x, b.upper)
            case .errorBars(let e): addLine(e.x, e.y); addLine(e.x, e.upper); addLine(e.x, e.lower)
            case .cdf(let c):
                let (x, p) = PlotStats.ecdf(c.values)
                addLine(x, c.complementary ? p.map { 1 - $0 } : p)
            case .bars(let b):
                for g in b.groups {
                    for (i, v) in g.values.enumerated() {
                        var y = 0.0
                        while y <= v { if let p = map.point(Double(i), y) { out.append(p) }; y += max(v / 10, 1e-12) }
                        for dx in [-0.3, 0, 0.3] { if let p = map.point(Double(i) + dx, v) { out.append(p) } }
                    }
                }
            case .box(let b):
                for (i, sample) in b.samples.enumerated() {
                    if let st = BoxStatistics(sample, whisker: b.whisker) {
                        for dx in [-0.25, 0, 0.25] {
                            addLine([Double(i) + dx, Double(i) + dx], [st.lowerWhisker, st.upperWhisker])
                        }
                        for v in st.outliers { if let p = map.point(Double(i), v) { out.append(p) } }
                    }
                }
            case .reference, .text, .heatmap: break
            }
        }
        return out
    }
}
