/// Grid lines, spines, ticks, tick labels, axis labels and the panel title.
extension FigureDrawing {
    /// Grid lines at major ticks of numeric axes.
    func paintGrid(_ p: PanelLayout, map: PanelMapper) {
        var path = Path()
        if map.x.categories == nil {
            for v in p.x.ticks.major { if let x = map.px(v) { path.move(to: Point(x, p.plot.minY)); path.line(to: Point(x, p.plot.maxY)) } }
        }
        if map.y.categories == nil {
            for v in p.y.ticks.major { if let y = map.py(v) { path.move(to: Point(p.plot.minX, y)); path.line(to: Point(p.plot.maxX, y)) } }
        }
        if !path.isEmpty {
            renderer.stroke(path, style: StrokeStyle(color: theme.gridColor, width: theme.gridLineWidth))
        }
    }

    /// Spines, ticks and all the axis text of panel `index`.
    func paintAxes(_ index: Int, _ p: PanelLayout, map: PanelMapper, fullFrame: Bool) {
        let panel = figure.panels[index]
        let plot = p.plot, tl = theme.tickLength, pad = theme.padding
        let style = StrokeStyle(color: theme.foreground, width: theme.axisLineWidth)
        var spines = Path()
        spines.move(to: Point(plot.minX, plot.minY)); spines.line(to: Point(plot.minX, plot.maxY))
        spines.line(to: Point(plot.maxX, plot.maxY))
        if fullFrame { spines.line(to: Point(plot.maxX, plot.minY)); spines.close() }
        var ticks = Path()
        for v in p.x.ticks.major { if let x = map.px(v) { ticks.move(to: Point(x, plot.maxY)); ticks.line(to: Point(x, plot.maxY + tl)) } }
        for v in p.y.ticks.major { if let y = map.py(v) { ticks.move(to: Point(plot.minX, y)); ticks.line(to: Point(plot.minX - tl, y)) } }
        for v in p.x.ticks.minor { if let x = map.px(v) { ticks.move(to: Point(x, plot.maxY)); ticks.line(to: Point(x, plot.maxY + tl * 0.6)) } }
        for v in p.y.ticks.minor { if let y = map.py(v) { ticks.move(to: Point(plot.minX, y)); ticks.line(to: Point(plot.minX - tl * 0.6, y)) } }
        renderer.stroke(ticks, style: StrokeStyle(color: theme.foreground, width: theme.axisLineWidth * 0.9))
        renderer.stroke(spines, style: style)
        let fg = theme.foreground
        if p.showXTickLabels {
            for (i, v) in p.x.ticks.major.enumerated() {
                guard let x = map.px(v) else { continue }
                let (_, point) = xLabelFrame(p.x, i, x: x, top: plot.maxY + tl + pad)
                renderer.text(p.x.labels[i], at: point, anchor: p.x.anchor, rotation: p.x.rotation, font: tickFont, color: fg)
            }
        }
        if p.showYTickLabels {
            for (i, v) in p.y.ticks.major.enumerated() {
                guard let y = map.py(v) else { continue }
                renderer.text(p.y.labels[i], at: Point(plot.minX - tl - pad, y), anchor: .right, rotation: 0, font: tickFont, color: fg)
            }
        }
        let xAxis = figure.sharedX ? figure.panels[index].x : panel.x
        if p.showXLabel, let label = xAxis.label {
            let bottom = p.cell.maxY
            let (font, x) = centered(label, labelFont, at: plot.center.x, within: textLeft(p), p.cell.maxX)
            renderer.text(label, at: Point(x, bottom), anchor: TextAnchor(.center, .bottom), rotation: 0, font: font, color: fg)
        }
        if p.showYLabel, let label = panel.y.label {
            let (font, y) = centered(label, labelFont, at: plot.center.y, within: p.cell.minY, p.cell.maxY)
            renderer.text(label, at: Point(p.cell.minX, y), anchor: TextAnchor(.center, .top), rotation: 90, font: font, color: fg)
        }
        if let title = displayTitle(index) {
            var bottom = plot.minY - pad * 1.5
            if let legend = p.legend, p.legendPlacement == .outsideTop { bottom -= legend.height + pad }
            let (font, x) = centered(title, titleFont, at: plot.center.x, within: textLeft(p), p.cell.maxX)
            renderer.text(title, at: Point(x, bottom), anchor: TextAnchor(.center, .bottom), rotation: 0, font: font, color: fg)
        }
    }

    /// Where horizontal text under or over the axes may start: right of the y-axis label.
    func textLeft(_ p: PanelLayout) -> Double {
        guard p.showYLabel else { return p.cell.minX }
        return p.cell.minX + renderer.measure("Xg", font: labelFont).height + theme.padding
    }

    /// A font and centre for `text` near `center` inside `lower...upper`: the text slides
    /// to stay inside, and shrinks only when it is longer than the whole span.
    func centered(_ text: String, _ font: Font, at center: Double, within lower: Double, _ upper: Double) -> (Font, Double) {
        let fit = fitted(text, font, width: upper - lower)
        let half = renderer.measure(text, font: fit).width / 2
        let c = min(max(center, lower + half), upper - half)
        return (fit, half * 2 <= upper - lower ? c : center)
    }

    /// `font`, shrunk (down to 55 %) so `text` fits in `width` points.
    func fitted(_ text: String, _ font: Font, width: Double) -> Font {
        let w = renderer.measure(text, font: font).width
        guard w > width, w > 0 else { return font }
        var smaller = font
        smaller.size = max(font.size * 0.55, font.size * width / w * 0.98)
        return smaller
    }
}
