/// Grid layout from measured text.
extension FigureDrawing {
    /// Computes the place of every element; margins come from measured label sizes.
    mutating func computeLayout() -> FigureLayout {
        let m = theme.outerMargin, pad = theme.padding
        var top = m, bottom = figure.size.height - m, left = m, right = figure.size.width - m
        var titleOrigin: Point?
        if let title = figure.title, !title.isEmpty {
            let size = renderer.measure(title, font: figureTitleFont)
            titleOrigin = Point(figure.size.width / 2, top)
            top += size.height + pad
        }
        var shared: LegendBlock?
        var sharedOrigin: Point?
        if let placement = figure.legend {
            let entries = sharedLegendEntries()
            if !entries.isEmpty {
                switch placement {
                case .right:
                    let block = legendBlock(entries, columns: 1)
                    right -= block.width + pad
                    sharedOrigin = Point(right + pad, (top + bottom) / 2 - block.height / 2)
                    shared = block
                case .top:
                    let block = legendBlock(entries, fitting: right - left)
                    sharedOrigin = Point((left + right) / 2 - block.width / 2, top)
                    top += block.height + pad
                    shared = block
                case .bottom:
                    let block = legendBlock(entries, fitting: right - left)
                    bottom -= block.height
                    sharedOrigin = Point((left + right) / 2 - block.width / 2, bottom)
                    bottom -= pad
                    shared = block
                }
            }
        }
        let grid = Rect(x: left, y: top, width: max(right - left, 1), height: max(bottom - top, 1))
        let rows = figure.rows, cols = figure.columns
        var panels = figure.panels.indices.map { basePanelLayout($0, shared: shared != nil) }
        var plotW = grid.width / Double(cols) * 0.75, plotH = grid.height / Double(rows) * 0.7
        var colLeft = [Double](repeating: 0, count: cols), colRight = colLeft
        var rowTop = [Double](repeating: 0, count: rows), rowBottom = rowTop
        for _ in 0..<3 {
            for i in panels.indices {
                measure(&panels[i], index: i, plotWidth: plotW, plotHeight: plotH)
            }
            colLeft = (0..<cols).map { c in (0..<rows).map { panels[$0 * cols + c].insets.left }.max() ?? 0 }
            colRight = (0..<cols).map { c in (0..<rows).map { panels[$0 * cols + c].insets.right }.max() ?? 0 }
            rowTop = (0..<rows).map { r in (0..<cols).map { panels[r * cols + $0].insets.top }.max() ?? 0 }
            rowBottom = (0..<rows).map { r in (0..<cols).map { panels[r * cols + $0].insets.bottom }.max() ?? 0 }
            let gap = figure.spacing
            plotW = max(10, (grid.width - colLeft.reduce(0, +) - colRight.reduce(0, +) - gap * Double(cols - 1)) / Double(cols))
            plotH = max(10, (grid.height - rowTop.reduce(0, +) - rowBottom.reduce(0, +) - gap * Double(rows - 1)) / Double(rows))
        }
        if plotW <= 10 || plotH <= 10 {
            warnings.append(PlotWarning(
                "figure \(figure.size.width) × \(figure.size.height) pt is too small for its labels; axes are \(Int(plotW)) × \(Int(plotH)) pt"))
        }
        var y = grid.minY
        for r in 0..<rows {
            var x = grid.minX
            for c in 0..<cols {
                let i = r * cols + c
                panels[i].plot = Rect(x: x + colLeft[c], y: y + rowTop[r], width: plotW, height: plotH)
                panels[i].cell = Rect(x: x, y: y, width: colLeft[c] + plotW + colRight[c],
                                      height: rowTop[r] + plotH + rowBottom[r])
                x += colLeft[c] + plotW + colRight[c] + figure.spacing
            }
            y += rowTop[r] + plotH + rowBottom[r] + figure.spacing
        }
        return FigureLayout(panels: panels, titleOrigin: titleOrigin, sharedLegend: shared, sharedLegendOrigin: sharedOrigin)
    }

    /// What panel `index` shows, before measuring.
    func basePanelLayout(_ index: Int, shared: Bool) -> PanelLayout {
        let r = index / figure.columns, c = index % figure.columns
        let panel = figure.panels[index]
        var p = PanelLayout()
        p.showXTickLabels = !figure.sharedX || r == figure.rows - 1
        p.showXLabel = p.showXTickLabels && panel.x.label != nil
        p.showYTickLabels = !figure.sharedY || c == 0
        p.showYLabel = p.showYTickLabels && panel.y.label != nil
        if !shared && panel.legend != .none {
            let entries = legendEntries(panel: index)
            if !entries.isEmpty {
                p.legendPlacement = panel.legend
                p.legend = legendBlock(entries, columns: 1)
            }
        }
        for s in panel.series {
            switch s {
            case .heatmap(let h) where h.showColorbar:
                let (lo, hi) = Self.colorRange(h.values.joined(), h.range)
                p.colorbar = ColorbarLayout(colormap: h.colormap, lo: lo, hi: hi, label: h.colorbarLabel)
            case .scatter(let sc) where sc.showColorbar && sc.colors == nil && sc.values != nil:
                let (lo, hi) = Self.colorRange(sc.values ?? [], sc.valueRange)
                p.colorbar = ColorbarLayout(colormap: sc.colormap, lo: lo, hi: hi, label: sc.colorbarLabel)
            default: continue
            }
            break
        }
        return p
    }

    /// The value range a colormap spans: `given`, or the finite data range (widened when flat).
    static func colorRange(_ values: some Sequence<Double>, _ given: ClosedRange<Double>?) -> (Double, Double) {
        let finite = values.filter(\.isFinite)
        var lo = given?.lowerBound ?? finite.min() ?? 0
        var hi = given?.upperBound ?? finite.max() ?? 1
        if hi <= lo { lo -= 0.5; hi += 0.5 }
        return (lo, hi)
    }

    /// Ticks and insets of panel `index` for axes of the given size.
    func measure(_ p: inout PanelLayout, index: Int, plotWidth: Double, plotHeight: Double) {
        let panel = figure.panels[index]
        let xf = xFrames[index], yf = yFrames[index]
        let pad = theme.padding, tl = theme.tickLength
        p.x = axisTicks(frame: xf, axis: panel.x, length: plotWidth, horizontal: true)
        p.y = axisTicks(frame: yf, axis: panel.y, length: plotHeight, horizontal: false)
        var ins = Insets()
        let labelHeight = renderer.measure("Xg", font: labelFont).height
        // Left: y ticks, labels, axis label; and x labels hanging past the left edge.
        ins.left = tl
        if p.showYTickLabels, let w = p.y.sizes.map(\.width).max() { ins.left += pad + w }
        if p.showYLabel { ins.left += pad + labelHeight }
        // Bottom: x ticks, labels, axis label.
        ins.bottom = tl
        var overhangTop = 0.0, overhangBottom = 0.0
        if p.showXTickLabels && !p.x.labels.isEmpty {
            var maxBottom = 0.0
            for (i, v) in p.x.ticks.major.enumerated() {
                guard let f = xf.fraction(v) else { continue }
                let (frame, _) = xLabelFrame(p.x, i, x: f * plotWidth, top: tl + pad)
                maxBottom = max(maxBottom, frame.maxY)
                ins.left = max(ins.left, -frame.minX)
                ins.right = max(ins.right, frame.maxX - plotWidth)
            }
            ins.bottom = maxBottom
        }
        if p.showXLabel { ins.bottom += pad + labelHeight }
        if p.showYTickLabels {
            for (i, v) in p.y.ticks.major.enumerated() {
                guard let f = yf.fraction(v) else { continue }
                let y = (1 - f) * plotHeight, h = p.y.sizes[i].height / 2
                overhangTop = max(overhangTop, h - y)
                overhangBottom = max(overhangBottom, y + h - plotHeight)
            }
        }
        ins.bottom = max(ins.bottom, overhangBottom)
        // Top: title, outside-top legend.
        var top = overhangTop
        if let title = displayTitle(index) {
            top = max(top, renderer.measure(title, font: titleFont).height + pad * 1.5)
        }
        if let legend = p.legend, p.legendPlacement == .outsideTop {
            top += legend.height + pad
        }
        ins.top = top
        // Right: colour bar, outside-right legend.
        if var bar = p.colorbar {
            let barWidth = theme.fontSize * 1.1
            let frame = AxisFrame(scale: .linear, lo: bar.lo, hi: bar.hi)
            bar.ticks = axisTicks(frame: frame, axis: Axis(), length: plotHeight, horizontal: false)
            bar.width = pad * 2 + barWidth + tl + pad + (bar.ticks.sizes.map(\.width).max() ?? 0)
            if bar.label != nil { bar.width += pad + labelHeight }
            ins.right = max(ins.right, bar.width)
            p.colorbar = bar
        }
        if let legend = p.legend, p.legendPlacement == .outsideRight {
            ins.right += pad * 2 + legend.width
        }
        p.insets = ins
    }

    /// The title of panel `index`, with its letter when the figure asks for letters.
    func displayTitle(_ index: Int) -> String? {
        let title = figure.panels[index].title
        guard figure.panelLetters else { return title }
        let letter = "(\(Character(UnicodeScalar(UInt8(97 + index % 26)))))"
        return title.map { "\(letter) \($0)" } ?? letter
    }
}
