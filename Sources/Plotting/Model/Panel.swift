/// One set of axes in a figure: two axes, a title, a legend and the series drawn in it.
///
/// ```swift
/// var panel = Panel(title: "Search", xLabel: "Time (s)", yLabel: "Accuracy")
/// panel.x.scale = .log10
/// panel.add(BandSeries(x: t, lower: lo, upper: hi))
/// panel.add(LineSeries(x: t, y: mean, label: "TRAILS"))
/// ```
public struct Panel: Sendable, Hashable {
    /// The horizontal axis.
    public var x: Axis
    /// The vertical axis.
    public var y: Axis
    /// The title above the axes.
    public var title: String?
    /// Everything drawn inside the axes, back to front.
    public var series: [Series] = []
    /// Where this panel's legend goes (ignored when the figure has a shared legend).
    public var legend: LegendPlacement = .best
    /// Grid lines at major ticks; nil follows the theme.
    public var grid: Bool?

    /// Creates a panel.
    public init(
        title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
        x: Axis = Axis(), y: Axis = Axis(), legend: LegendPlacement = .best
    ) {
        self.title = title
        self.x = x
        self.y = y
        if let xLabel { self.x.label = xLabel }
        if let yLabel { self.y.label = yLabel }
        self.legend = legend
    }

    /// Appends a series (drawn above the ones before it).
    public mutating func add(_ series: some SeriesConvertible) {
        self.series.append(series.series)
    }

    /// Appends several series in order.
    public mutating func add(_ series: [any SeriesConvertible]) {
        self.series.append(contentsOf: series.map(\.series))
    }
}
