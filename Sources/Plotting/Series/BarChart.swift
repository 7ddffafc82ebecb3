/// Bars over a categorical x axis, grouped side by side or stacked.
public struct BarChart: Sendable, Hashable, SeriesConvertible {
    /// The category names, left to right; they become the x tick labels.
    public var categories: [String]
    /// The groups (one colour each).
    public var groups: [BarGroup]
    /// Stack the groups on top of each other instead of side by side.
    public var stacked: Bool = false
    /// The fraction of each category slot the bars fill.
    public var width: Double = 0.8

    /// Creates a bar chart.
    public init(categories: [String], groups: [BarGroup], stacked: Bool = false, width: Double = 0.8) {
        self.categories = categories
        self.groups = groups
        self.stacked = stacked
        self.width = width
    }

    /// The wrapped series.
    public var series: Series { .bars(self) }
}
