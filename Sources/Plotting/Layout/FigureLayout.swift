/// Space taken around a panel's axes box, in points.
struct Insets: Sendable, Hashable {
    var left = 0.0, right = 0.0, top = 0.0, bottom = 0.0
}

/// The ticks of one axis and their labels, measured.
struct AxisTicks: Sendable, Hashable {
    var ticks: TickSet
    var labels: [String]
    var sizes: [TextSize]
    /// Counter-clockwise rotation of the labels in degrees (x labels only).
    var rotation: Double = 0
    var anchor: TextAnchor = .top

    static let empty = AxisTicks(ticks: TickSet(major: [], step: 1), labels: [], sizes: [])
}

/// A measured block of legend entries arranged in columns.
struct LegendBlock: Sendable, Hashable {
    var entries: [LegendEntry]
    var columns: Int
    var columnWidths: [Double]
    var rowHeight: Double
    var width: Double
    var height: Double

    var rows: Int { (entries.count + columns - 1) / max(columns, 1) }
}

/// The colour bar of a heatmap panel.
struct ColorbarLayout: Sendable, Hashable {
    var colormap: Colormap
    var lo: Double
    var hi: Double
    var label: String?
    var ticks: AxisTicks = .empty
    var width: Double = 0
}

/// Where everything of one panel goes.
struct PanelLayout: Sendable, Hashable {
    var plot = Rect(x: 0, y: 0, width: 1, height: 1)
    /// The plot grown by the insets its grid row and column reserve.
    var cell = Rect(x: 0, y: 0, width: 1, height: 1)
    var x: AxisTicks = .empty
    var y: AxisTicks = .empty
    var showXTickLabels = true
    var showYTickLabels = true
    var showXLabel = true
    var showYLabel = true
    var insets = Insets()
    var legend: LegendBlock?
    var legendPlacement: LegendPlacement = .none
    var colorbar: ColorbarLayout?
}

/// Where everything of the figure goes.
struct FigureLayout: Sendable, Hashable {
    var panels: [PanelLayout]
    var titleOrigin: Point?
    var sharedLegend: LegendBlock?
    var sharedLegendOrigin: Point?
}
