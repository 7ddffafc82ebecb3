/// The colour bar beside a heatmap panel.
extension FigureDrawing {
    func paintColorbar(_ bar: ColorbarLayout, _ p: PanelLayout) {
        let pad = theme.padding, tl = theme.tickLength
        let barWidth = theme.fontSize * 1.1
        let rect = Rect(x: p.plot.maxX + pad * 2, y: p.plot.minY, width: barWidth, height: p.plot.height)
        let stops = bar.colormap.stops.enumerated().map { i, c in
            GradientStop(offset: bar.colormap.stops.count > 1 ? Double(i) / Double(bar.colormap.stops.count - 1) : 0, color: c)
        }
        renderer.fill(Path(rect: rect), gradient: stops, from: Point(rect.minX, rect.maxY), to: Point(rect.minX, rect.minY))
        renderer.stroke(Path(rect: rect), style: StrokeStyle(color: theme.foreground, width: theme.axisLineWidth))
        var ticks = Path()
        let fg = theme.foreground
        for (i, v) in bar.ticks.ticks.major.enumerated() {
            let y = rect.maxY - (v - bar.lo) / (bar.hi - bar.lo) * rect.height
            ticks.move(to: Point(rect.maxX, y)); ticks.line(to: Point(rect.maxX + tl, y))
            renderer.text(bar.ticks.labels[i], at: Point(rect.maxX + tl + pad, y), anchor: .left, rotation: 0, font: tickFont, color: fg)
        }
        renderer.stroke(ticks, style: StrokeStyle(color: fg, width: theme.axisLineWidth))
        if let label = bar.label {
            let x = p.plot.maxX + bar.width
            renderer.text(label, at: Point(x, rect.center.y), anchor: TextAnchor(.center, .bottom), rotation: 90,
                          font: fitted(label, labelFont, width: rect.height), color: fg)
        }
    }
}
