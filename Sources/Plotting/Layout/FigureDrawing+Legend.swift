/// Legend measuring.
extension FigureDrawing {
    var legendHandleWidth: Double { theme.fontSize * 2.2 }
    var legendHandleGap: Double { theme.fontSize * 0.6 }
    var legendPadding: Double { theme.fontSize * 0.5 }
    var legendColumnGap: Double { theme.fontSize * 1.4 }
    var legendRowGap: Double { theme.fontSize * 0.25 }

    /// Measures `entries` in `columns` columns (row-major order).
    func legendBlock(_ entries: [LegendEntry], columns: Int) -> LegendBlock {
        let columns = max(1, min(columns, entries.count))
        let sizes = entries.map { renderer.measure($0.label, font: tickFont) }
        var widths = Array(repeating: 0.0, count: columns)
        for (i, s) in sizes.enumerated() {
            widths[i % columns] = max(widths[i % columns], legendHandleWidth + legendHandleGap + s.width)
        }
        let rowHeight = max(sizes.map(\.height).max() ?? 0, theme.markerSize * 1.5)
        let rows = (entries.count + columns - 1) / columns
        let width = 2 * legendPadding + widths.reduce(0, +) + Double(columns - 1) * legendColumnGap
        let height = 2 * legendPadding + Double(rows) * rowHeight + Double(max(rows - 1, 0)) * legendRowGap
        return LegendBlock(entries: entries, columns: columns, columnWidths: widths, rowHeight: rowHeight,
                           width: width, height: height)
    }

    /// The block with the most columns (up to one row) that fits in `width`.
    func legendBlock(_ entries: [LegendEntry], fitting width: Double) -> LegendBlock {
        var columns = max(1, entries.count)
        while columns > 1 {
            let block = legendBlock(entries, columns: columns)
            if block.width <= width { return block }
            columns -= 1
        }
        return legendBlock(entries, columns: 1)
    }
}
