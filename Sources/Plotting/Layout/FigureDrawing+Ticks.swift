/// Tick choice and measuring.
extension FigureDrawing {
    /// Ticks for one axis of `length` points, thinned until their labels do not overlap.
    func axisTicks(frame: AxisFrame, axis: Axis, length: Double, horizontal: Bool) -> AxisTicks {
        let font = tickFont
        func measured(_ ticks: TickSet, _ labels: [String]) -> AxisTicks {
            AxisTicks(ticks: ticks, labels: labels, sizes: labels.map { renderer.measure($0, font: font) },
                      anchor: horizontal ? .top : .right)
        }
        if let categories = frame.categories {
            let ticks = TickSet(major: categories.indices.map(Double.init), step: 1)
            var result = measured(ticks, categories)
            if horizontal { rotateIfCrowded(&result, length: length, count: categories.count) }
            return result
        }
        if let given = axis.ticks {
            let labels = axis.tickLabels.flatMap { $0.count == given.count ? $0 : nil }
                ?? TickFormatter.labels(for: TickSet(major: given, step: minimumGap(given)), format: axis.format, scale: frame.scale)
            let keep = given.indices.filter { frame.contains(given[$0]) }
            return measured(TickSet(major: keep.map { given[$0] }, step: minimumGap(given)), keep.map { labels[$0] })
        }
        let perTick = font.size * (horizontal ? 3 : 2)
        var maxCount = min(9, max(2, Int(length * 0.97 / perTick)))
        while true {
            var ticks = frame.scale == .log10
                ? TickLocator.log10(frame.lowerValue, frame.upperValue, maxCount: maxCount)
                : TickLocator.linear(frame.lowerValue, frame.upperValue, maxCount: maxCount)
            ticks.major = ticks.major.filter { frame.contains($0) }
            ticks.minor = axis.minorTicks ? ticks.minor.filter { frame.contains($0) } : []
            let result = measured(ticks, TickFormatter.labels(for: ticks, format: axis.format, scale: frame.scale))
            if maxCount <= 2 || !overlaps(result, frame: frame, length: length * 0.97, horizontal: horizontal) {
                return result
            }
            maxCount -= 1
        }
    }

    func minimumGap(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let gaps = zip(sorted, sorted.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }
        return gaps.min() ?? 1
    }

    /// Whether neighbouring labels would touch.
    func overlaps(_ t: AxisTicks, frame: AxisFrame, length: Double, horizontal: Bool) -> Bool {
        let gap = tickFont.size * 0.5
        let items = zip(t.ticks.major, t.sizes).compactMap { v, s in frame.fraction(v).map { ($0 * length, s) } }
            .sorted { $0.0 < $1.0 }
        for (a, b) in zip(items, items.dropFirst()) {
            let need = horizontal ? (a.1.width + b.1.width) / 2 + gap : (a.1.height + b.1.height) / 2 + gap * 0.3
            if b.0 - a.0 < need { return true }
        }
        return false
    }

    /// Turns category labels 45° (or 90°) when they do not fit side by side.
    func rotateIfCrowded(_ t: inout AxisTicks, length: Double, count: Int) {
        guard count > 0 else { return }
        let slot = length / Double(count)
        let widest = t.sizes.map(\.width).max() ?? 0
        let tallest = t.sizes.map(\.height).max() ?? 0
        if widest + tickFont.size * 0.5 <= slot { return }
        if tallest * 1.6 <= slot {
            t.rotation = 45
            t.anchor = TextAnchor(.right, .center)
        } else {
            t.rotation = 90
            t.anchor = TextAnchor(.right, .center)
        }
    }

    /// The bounding box of x tick label `i` when its tick sits at `(x, top)`, the label's box top at `top`.
    func xLabelFrame(_ t: AxisTicks, _ i: Int, x: Double, top: Double) -> (frame: Rect, anchorPoint: Point) {
        let probe = TextBox.frame(t.sizes[i], at: Point(x, 0), anchor: t.anchor, rotation: t.rotation)
        // Rotated labels end a little right of the tick so the text's end points at it.
        let shift = t.rotation == 0 ? 0.0 : (t.rotation == 90 ? t.sizes[i].height / 2 : t.sizes[i].height * 0.35)
        let point = Point(x + shift, top - probe.minY)
        return (TextBox.frame(t.sizes[i], at: point, anchor: t.anchor, rotation: t.rotation), point)
    }
}
