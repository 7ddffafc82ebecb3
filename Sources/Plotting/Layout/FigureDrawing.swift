/// Lays out and paints one figure on one renderer. Internal: the public entry is
/// ``Figure/draw(on:)``.
struct FigureDrawing {
    let figure: Figure
    let renderer: Renderer
    var theme: Theme { figure.theme }
    var warnings: [PlotWarning] = []

    /// Per panel, per series: the colours it uses (bars: one per group).
    var colors: [[[Color]]] = []
    /// Per panel: the x and y frames.
    var xFrames: [AxisFrame] = []
    var yFrames: [AxisFrame] = []

    init(figure: Figure, renderer: Renderer) {
        self.figure = figure
        self.renderer = renderer
    }

    /// Does everything and returns the warnings.
    mutating func run() -> [PlotWarning] {
        colors = assignColors()
        resolveFrames()
        let layout = computeLayout()
        paint(layout)
        return warnings
    }

    /// A short name of panel `index` for warnings.
    func panelName(_ index: Int) -> String {
        let r = index / figure.columns, c = index % figure.columns
        let title = figure.panels[index].title.map { " '\($0)'" } ?? ""
        return "panel (\(r), \(c))\(title)"
    }

    /// Fonts used throughout.
    var tickFont: Font { Font(family: theme.fontFamily, size: theme.fontSize) }
    var labelFont: Font { Font(family: theme.fontFamily, size: theme.labelFontSize) }
    var titleFont: Font { Font(family: theme.fontFamily, size: theme.titleFontSize) }
    var figureTitleFont: Font { Font(family: theme.fontFamily, size: theme.figureTitleFontSize, bold: true) }
}

extension FigureDrawing {
    /// Gives every series without an explicit colour a palette colour.
    ///
    /// A label keeps its colour across panels (so a shared legend is right); within a
    /// panel, automatic colours skip those already taken. An unlabelled band without a
    /// colour takes the colour of the next series, without using it up.
    func assignColors() -> [[[Color]]] {
        var byLabel: [String: Color] = [:]
        return figure.panels.map { panel in
            var used = Set<Int>()
            func next(label: String?) -> Color {
                if let label, let c = byLabel[label] {
                    if let i = theme.palette.firstIndex(of: c) { used.insert(i) }
                    return c
                }
                let i = (0..<max(1, theme.palette.count)).first { !used.contains($0) } ?? used.count
                used.insert(i)
                let c = theme.color(i)
                if let label { byLabel[label] = c }
                return c
            }
            func peek() -> Color {
                let i = (0..<max(1, theme.palette.count)).first { !used.contains($0) } ?? used.count
                return theme.color(i)
            }
            var out: [[Color]] = Array(repeating: [], count: panel.series.count)
            var pendingBands: [Int] = []
            for (k, s) in panel.series.enumerated() {
                switch s {
                case .line(let l): out[k] = [l.color ?? next(label: l.label)]
                case .scatter(let l): out[k] = [l.color ?? next(label: l.label)]
                case .cdf(let l): out[k] = [l.color ?? next(label: l.label)]
                case .errorBars(let l): out[k] = [l.color ?? next(label: l.label)]
                case .box(let l): out[k] = [l.color ?? next(label: l.label)]
                case .bars(let b): out[k] = b.groups.map { $0.color ?? next(label: $0.label) }
                case .band(let b):
                    if let c = b.color { out[k] = [c] }
                    else if b.label != nil { out[k] = [next(label: b.label)] }
                    else { pendingBands.append(k); continue }
                case .reference(let r): out[k] = [r.color ?? Color(hex: 0x555555)]
                case .text(let t): out[k] = [t.color ?? theme.foreground]
                case .heatmap: out[k] = []
                }
                switch s {
                case .reference, .text, .heatmap: continue
                default:
                    if let c = out[k].first {
                        for b in pendingBands { out[b] = [c] }
                        pendingBands = []
                    }
                }
            }
            for b in pendingBands { out[b] = [peek()] }
            return out
        }
    }

    /// The legend entries of panel `index`, in series order, first of each label only.
    func legendEntries(panel index: Int) -> [LegendEntry] {
        let panel = figure.panels[index]
        var out: [LegendEntry] = []
        func add(_ label: String?, _ handle: LegendEntry.Handle) {
            guard let label, !label.isEmpty, !out.contains(where: { $0.label == label }) else { return }
            out.append(LegendEntry(label: label, handle: handle))
        }
        for (k, s) in panel.series.enumerated() {
            let c = colors[index][k]
            let color = c.first ?? theme.foreground
            switch s {
            case .line(let l):
                add(l.label, .line(color: color, width: l.width ?? theme.lineWidth, dash: l.dash, marker: l.marker))
            case .cdf(let l):
                add(l.label, .line(color: color, width: l.width ?? theme.lineWidth, dash: l.dash, marker: .none))
            case .reference(let r):
                add(r.label, .line(color: color, width: r.width ?? theme.lineWidth * 0.8, dash: r.dash, marker: .none))
            case .scatter(let l):
                let shown = l.colors == nil && l.values != nil ? l.colormap.color(at: 0.5) : color
                add(l.label, .marker(color: shown, marker: l.marker == .none ? .circle : l.marker))
            case .errorBars(let l): add(l.label, .errorBar(color: color, marker: l.marker))
            case .box(let l): add(l.label, .patch(color: color.withAlpha(0.35), edge: color))
            case .band(let b): add(b.label, .patch(color: color.withAlpha(b.opacity ?? theme.bandOpacity), edge: nil))
            case .bars(let b):
                for (g, group) in b.groups.enumerated() { add(group.label, .patch(color: c[g], edge: nil)) }
            case .text, .heatmap: break
            }
        }
        return out
    }

    /// The legend entries of all panels for a shared legend.
    func sharedLegendEntries() -> [LegendEntry] {
        var out: [LegendEntry] = []
        for i in figure.panels.indices {
            for e in legendEntries(panel: i) where !out.contains(where: { $0.label == e.label }) {
                out.append(e)
            }
        }
        return out
    }
}
