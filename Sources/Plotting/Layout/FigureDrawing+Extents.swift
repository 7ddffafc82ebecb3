/// Data extents of panels, with warnings for points that cannot be shown.
extension FigureDrawing {
    /// The categories of panel `index`'s x and y axes, if categorical.
    func categories(panel index: Int) -> (x: [String]?, y: [String]?) {
        for s in figure.panels[index].series {
            switch s {
            case .bars(let b): return (b.categories, nil)
            case .box(let b): return (b.categories, nil)
            case .heatmap(let h):
                return (h.columnLabels, h.originBottom ? h.rowLabels : h.rowLabels.reversed())
            default: continue
            }
        }
        return (nil, nil)
    }

    /// The x and y extents of panel `index` in transformed space; appends warnings.
    mutating func extents(panel index: Int) -> (x: Extent, y: Extent) {
        let panel = figure.panels[index]
        let xs = panel.x.scale, ys = panel.y.scale
        var ex = Extent(), ey = Extent()
        var newWarnings: [PlotWarning] = []
        func note(_ dropped: Int, _ what: String, _ k: Int, _ label: String?) {
            guard dropped > 0 else { return }
            let name = label.map { " '\($0)'" } ?? ""
            newWarnings.append(PlotWarning(
                "\(panelName(index)), series \(k) (\(what)\(name)): dropped \(dropped) "
                    + "point\(dropped == 1 ? "" : "s") that are NaN, infinite or not positive on a log axis"))
        }
        func addPairs(_ x: [Double], _ y: [Double]) -> Int {
            var dropped = 0
            for i in 0..<min(x.count, y.count) {
                if let tx = xs.transform(x[i]), let ty = ys.transform(y[i]) {
                    ex.add(tx)
                    ey.add(ty)
                } else {
                    dropped += 1
                }
            }
            return dropped + abs(x.count - y.count)
        }
        for (k, s) in panel.series.enumerated() {
            switch s {
            case .line(let l): note(addPairs(l.x, l.y), "line", k, l.label)
            case .scatter(let l): note(addPairs(l.x, l.y), "scatter", k, l.label)
            case .band(let b):
                note(addPairs(b.x, b.lower) + addPairs(b.x, b.upper), "band", k, b.label)
            case .errorBars(let e):
                note(addPairs(e.x, e.lower) + addPairs(e.x, e.upper) + addPairs(e.x, e.y), "error bars", k, e.label)
            case .cdf(let c):
                let finite = c.values.filter { xs.transform($0) != nil }
                note(c.values.count - finite.count, "CDF", k, c.label)
                for v in finite { if let t = xs.transform(v) { ex.add(t) } }
                if !finite.isEmpty {
                    for p in [0.0, 1.0] { if let t = ys.transform(p) { ey.add(t) } }
                }
            case .reference(let r):
                switch r.orientation {
                case .horizontal(let y): if let t = ys.transform(y) { ey.add(t) } else { note(1, "reference line", k, r.label) }
                case .vertical(let x): if let t = xs.transform(x) { ex.add(t) } else { note(1, "reference line", k, r.label) }
                }
            case .bars(let b):
                var dropped = 0
                for (i, _) in b.categories.enumerated() {
                    var positive = 0.0, negative = 0.0
                    for g in b.groups where i < g.values.count {
                        let v = g.values[i]
                        guard v.isFinite else { dropped += 1; continue }
                        let e = g.errors.flatMap { i < $0.count ? $0[i] : nil } ?? 0
                        if b.stacked {
                            if v >= 0 { positive += v } else { negative += v }
                            if let t = ys.transform(positive + e) { ey.add(t) }
                            if let t = ys.transform(negative) { ey.add(t) }
                        } else {
                            for w in [v + e, v - (e.isFinite ? e : 0)] { if let t = ys.transform(w) { ey.add(t) } }
                        }
                    }
                }
                if ys == .linear { ey.add(0); ey.sticky.append(0) }
                note(dropped, "bars", k, nil)
            case .box(let b):
                for sample in b.samples {
                    if let st = BoxStatistics(sample, whisker: b.whisker) {
                        let values = [st.lowerWhisker, st.upperWhisker] + (b.showOutliers ? st.outliers : [])
                        for v in values { if let t = ys.transform(v) { ey.add(t) } }
                    }
                    note(sample.filter { !$0.isFinite }.count, "box plot", k, b.label)
                }
            case .heatmap(let h):
                let dropped = h.values.joined().filter { !$0.isFinite }.count
                if dropped > 0 {
                    newWarnings.append(PlotWarning(
                        "\(panelName(index)), series \(k) (heatmap): \(dropped) non-finite cells left blank"))
                }
            case .text: break
            }
        }
        let (cx, cy) = categories(panel: index)
        if let cx {
            ex = Extent(lo: -0.5, hi: Double(max(cx.count, 1)) - 0.5, exact: true)
        }
        if let cy {
            ey = Extent(lo: -0.5, hi: Double(max(cy.count, 1)) - 0.5, exact: true)
        }
        warnings += newWarnings
        return (ex, ey)
    }

    /// The shown range for an extent under an axis's settings.
    mutating func frame(for extent: Extent, axis: Axis, categories: [String]?, name: String) -> AxisFrame {
        var lo: Double, hi: Double
        if let limits = axis.limits, categories == nil {
            if let a = axis.scale.transform(limits.lowerBound), let b = axis.scale.transform(limits.upperBound), b > a {
                return AxisFrame(scale: axis.scale, lo: a, hi: b, inverted: axis.inverted)
            }
            warnings.append(PlotWarning("\(name): limits \(limits) cannot be shown on this scale; fitting the data instead"))
        }
        if extent.isEmpty {
            (lo, hi) = axis.scale == .log10 ? (0, 1) : (0, 1)
        } else if extent.hi - extent.lo <= abs(extent.hi) * 1e-12 {
            let v = extent.lo
            let d = axis.scale == .log10 ? 0.5 : (v == 0 ? 1 : abs(v) * 0.1)
            (lo, hi) = (v - d, v + d)
        } else if extent.exact {
            (lo, hi) = (extent.lo, extent.hi)
        } else {
            let pad = (extent.hi - extent.lo) * axis.margin
            lo = extent.lo - pad
            hi = extent.hi + pad
            for s in extent.sticky {
                if s <= extent.lo && lo < s { lo = s }
                if s >= extent.hi && hi > s { hi = s }
            }
        }
        let scale = categories == nil ? axis.scale : .linear
        return AxisFrame(scale: scale, lo: lo, hi: hi, inverted: axis.inverted, categories: categories)
    }

    /// Resolves every panel's frames, sharing them across panels when asked.
    mutating func resolveFrames() {
        let n = figure.panels.count
        var exs: [Extent] = [], eys: [Extent] = []
        for i in 0..<n {
            let (x, y) = extents(panel: i)
            exs.append(x)
            eys.append(y)
        }
        xFrames = []
        yFrames = []
        var sharedXExtent = Extent(), sharedYExtent = Extent()
        for e in exs { sharedXExtent.merge(e) }
        for e in eys { sharedYExtent.merge(e) }
        for i in 0..<n {
            let p = figure.panels[i]
            let (cx, cy) = categories(panel: i)
            let xe = figure.sharedX ? sharedXExtent : exs[i]
            let ye = figure.sharedY ? sharedYExtent : eys[i]
            let xAxis = figure.sharedX ? figure.panels[0].x : p.x
            let yAxis = figure.sharedY ? figure.panels[0].y : p.y
            xFrames.append(frame(for: xe, axis: xAxis, categories: cx, name: "\(panelName(i)) x axis"))
            yFrames.append(frame(for: ye, axis: yAxis, categories: cy, name: "\(panelName(i)) y axis"))
        }
    }
}
