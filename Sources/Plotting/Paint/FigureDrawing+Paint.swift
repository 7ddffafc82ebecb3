/// Painting the laid-out figure.
extension FigureDrawing {
    /// Paints background, title, panels and the shared legend.
    func paint(_ layout: FigureLayout) {
        let canvas = Rect(x: 0, y: 0, width: figure.size.width, height: figure.size.height)
        renderer.fill(Path(rect: canvas), color: theme.background)
        if let origin = layout.titleOrigin, let title = figure.title {
            let font = fitted(title, figureTitleFont, width: figure.size.width - 2 * theme.outerMargin)
            renderer.text(title, at: origin, anchor: TextAnchor(.center, .top), rotation: 0, font: font, color: theme.foreground)
        }
        for i in figure.panels.indices {
            paintPanel(i, layout.panels[i])
        }
        if let block = layout.sharedLegend, let origin = layout.sharedLegendOrigin {
            paintLegend(block, at: origin, framed: false)
        }
    }

    /// Paints one panel: grid, series (clipped), axes, labels, colour bar, legend.
    func paintPanel(_ index: Int, _ p: PanelLayout) {
        let panel = figure.panels[index]
        let map = PanelMapper(plot: p.plot, x: xFrames[index], y: yFrames[index])
        let hasHeatmap = panel.series.contains { if case .heatmap = $0 { return true } else { return false } }
        if panel.grid ?? theme.grid, !hasHeatmap { paintGrid(p, map: map) }
        renderer.pushClip(p.plot)
        var boxIndex = 0
        let boxCount = panel.series.filter { if case .box = $0 { return true } else { return false } }.count
        for (k, s) in panel.series.enumerated() {
            let c = colors[index][k]
            switch s {
            case .line(let l): paintLine(l, color: c[0], map: map)
            case .scatter(let l): paintScatter(l, color: c[0], map: map)
            case .cdf(let l): paintCDF(l, color: c[0], map: map)
            case .band(let b): paintBand(b, color: c[0], map: map)
            case .errorBars(let e): paintErrorBars(e, color: c[0], map: map)
            case .reference(let r): paintReference(r, color: c[0], map: map)
            case .bars(let b): paintBars(b, colors: c, map: map)
            case .box(let b):
                paintBox(b, color: c[0], map: map, slot: boxIndex, of: boxCount)
                boxIndex += 1
            case .heatmap(let h): paintHeatmap(h, map: map, colorbar: p.colorbar)
            case .text: break
            }
        }
        renderer.popClip()
        paintAxes(index, p, map: map, fullFrame: theme.fullFrame || hasHeatmap)
        for s in panel.series { if case .text(let t) = s { paintText(t, map: map) } }
        if let bar = p.colorbar { paintColorbar(bar, p) }
        if let block = p.legend { paintPanelLegend(block, index: index, p, map: map) }
    }
}
