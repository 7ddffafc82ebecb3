/// Area series: scatter, bars, box plots and heatmaps.
extension FigureDrawing {
    func paintScatter(_ s: ScatterSeries, color: Color, map: PanelMapper) {
        let n = min(s.x.count, s.y.count)
        let size = s.size ?? theme.markerSize
        let shape = s.marker == .none ? .circle : s.marker
        let valueRange = s.values.map { Self.colorRange($0, s.valueRange) }
        let uniform = s.colors == nil && s.values == nil && s.sizes == nil
        if uniform {
            let points = (0..<n).compactMap { map.point(s.x[$0], s.y[$0]) }
            paintMarkers(points, shape: shape, size: size, color: color.withAlpha(color.alpha * s.opacity))
            return
        }
        for i in 0..<n {
            guard let p = map.point(s.x[i], s.y[i]) else { continue }
            var c = color
            if let colors = s.colors, i < colors.count { c = colors[i] }
            else if let values = s.values, i < values.count, let (lo, hi) = valueRange {
                c = s.colormap.color(at: (values[i] - lo) / (hi - lo))
            }
            let d = s.sizes.flatMap { i < $0.count && $0[i].isFinite ? max(0, $0[i]) : nil } ?? size
            paintMarkers([p], shape: shape, size: d, color: c.withAlpha(c.alpha * s.opacity))
        }
    }

    func paintBars(_ b: BarChart, colors: [Color], map: PanelMapper) {
        let groups = max(b.groups.count, 1)
        let base = map.barBase
        for i in b.categories.indices {
            var positive = 0.0, negative = 0.0
            for (g, group) in b.groups.enumerated() where i < group.values.count {
                let v = group.values[i]
                guard v.isFinite else { continue }
                let lowValue: Double, highValue: Double, left: Double, width: Double
                if b.stacked {
                    width = b.width
                    left = Double(i) - width / 2
                    if v >= 0 { lowValue = positive; positive += v; highValue = positive }
                    else { highValue = negative; negative += v; lowValue = negative }
                } else {
                    width = b.width / Double(groups)
                    left = Double(i) - b.width / 2 + Double(g) * width
                    (lowValue, highValue) = v >= 0 ? (0, v) : (v, 0)
                }
                guard let x0 = map.px(left), let x1 = map.px(left + width) else { continue }
                let y0 = lowValue == 0 ? base : (map.py(lowValue) ?? base)
                let y1 = map.py(highValue) ?? base
                let rect = Rect(x: min(x0, x1), y: min(y0, y1), width: abs(x1 - x0), height: abs(y1 - y0))
                renderer.fill(Path(rect: rect), color: colors[g])
                if let errors = group.errors, i < errors.count, errors[i].isFinite, errors[i] > 0 {
                    let top = b.stacked ? (v >= 0 ? highValue : lowValue) : v
                    let xc = (x0 + x1) / 2
                    if let hi = map.py(top + errors[i]) {
                        let lo = map.py(top - errors[i]) ?? base
                        var path = Path()
                        let cap = min(abs(x1 - x0) * 0.25, 3)
                        path.move(to: Point(xc, lo)); path.line(to: Point(xc, hi))
                        path.move(to: Point(xc - cap, lo)); path.line(to: Point(xc + cap, lo))
                        path.move(to: Point(xc - cap, hi)); path.line(to: Point(xc + cap, hi))
                        renderer.stroke(path, style: StrokeStyle(color: theme.foreground, width: theme.axisLineWidth))
                    }
                }
            }
        }
    }

    func paintBox(_ b: BoxPlot, color: Color, map: PanelMapper, slot: Int, of count: Int) {
        let span = count > 1 ? 0.8 / Double(count) : 1
        let width = count > 1 ? span * 0.8 : b.width
        let edge = StrokeStyle(color: color, width: theme.lineWidth * 0.8)
        for (i, sample) in b.samples.enumerated() where i < b.categories.count {
            guard let st = BoxStatistics(sample, whisker: b.whisker) else { continue }
            let center = count > 1 ? Double(i) - 0.4 + span * (Double(slot) + 0.5) : Double(i)
            guard let x0 = map.px(center - width / 2), let x1 = map.px(center + width / 2), let xc = map.px(center),
                  let q1 = map.py(st.q1), let q3 = map.py(st.q3), let med = map.py(st.median),
                  let lw = map.py(st.lowerWhisker), let uw = map.py(st.upperWhisker)
            else { continue }
            let box = Rect(x: x0, y: min(q1, q3), width: x1 - x0, height: abs(q1 - q3))
            renderer.fill(Path(rect: box), color: color.withAlpha(0.3))
            var whiskers = Path()
            let cap = (x1 - x0) * 0.25
            whiskers.move(to: Point(xc, min(q1, q3))); whiskers.line(to: Point(xc, min(uw, lw)))
            whiskers.move(to: Point(xc, max(q1, q3))); whiskers.line(to: Point(xc, max(uw, lw)))
            whiskers.move(to: Point(xc - cap, uw)); whiskers.line(to: Point(xc + cap, uw))
            whiskers.move(to: Point(xc - cap, lw)); whiskers.line(to: Point(xc + cap, lw))
            whiskers.addRect(box)
            renderer.stroke(whiskers, style: edge)
            var median = Path()
            median.move(to: Point(x0, med)); median.line(to: Point(x1, med))
            renderer.stroke(median, style: StrokeStyle(color: theme.foreground, width: theme.lineWidth))
            if b.showOutliers {
                var dots = Path()
                for v in st.outliers { if let y = map.py(v) { dots.addCircle(Point(xc, y), radius: theme.markerSize * 0.4) } }
                if !dots.isEmpty { renderer.stroke(dots, style: StrokeStyle(color: color, width: theme.axisLineWidth)) }
            }
        }
    }

    func paintHeatmap(_ h: Heatmap, map: PanelMapper, colorbar: ColorbarLayout?) {
        let finite = h.values.joined().filter(\.isFinite)
        var lo = h.range?.lowerBound ?? finite.min() ?? 0, hi = h.range?.upperBound ?? finite.max() ?? 1
        if let bar = colorbar { lo = bar.lo; hi = bar.hi }
        if hi <= lo { lo -= 0.5; hi += 0.5 }
        let rows = h.values.count
        let font = Font(family: theme.fontFamily, size: theme.fontSize * 0.9)
        for (r, row) in h.values.enumerated() {
            let yIndex = Double(h.originBottom ? r : rows - 1 - r)
            for (c, v) in row.enumerated() where v.isFinite {
                guard let x0 = map.px(Double(c) - 0.5), let x1 = map.px(Double(c) + 0.5),
                      let y0 = map.py(yIndex - 0.5), let y1 = map.py(yIndex + 0.5) else { continue }
                let color = h.colormap.color(at: (v - lo) / (hi - lo))
                let rect = Rect(x: min(x0, x1), y: min(y0, y1), width: abs(x1 - x0), height: abs(y1 - y0))
                // Overlap neighbours slightly so anti-aliasing leaves no hairline seams.
                let seam = Rect(x: rect.x, y: rect.y, width: rect.width + 0.4, height: rect.height + 0.4)
                renderer.fill(Path(rect: seam), color: color)
                if let format = h.cellFormat {
                    renderer.text(TickFormatter.label(v, format: format), at: rect.center, anchor: .center, rotation: 0,
                                  font: font, color: color.luminance < 0.5 ? .white : .black)
                }
            }
        }
    }
}
