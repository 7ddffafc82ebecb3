/// A grid of coloured cells over categorical x and y axes, with a colour bar.
///
/// `values[row][column]`; row 0 is drawn at the top unless ``originBottom`` is set.
public struct Heatmap: Sendable, Hashable, SeriesConvertible {
    /// Cell values, row-major; non-finite cells are left blank.
    public var values: [[Double]]
    /// Column names (x tick labels), left to right.
    public var columnLabels: [String]
    /// Row names (y tick labels), in row order.
    public var rowLabels: [String]
    /// The colormap.
    public var colormap: Colormap = .viridis
    /// Values mapped to the colormap's ends; nil uses the finite data range.
    public var range: ClosedRange<Double>?
    /// The colour bar's label; the colour bar is drawn unless ``showColorbar`` is false.
    public var colorbarLabel: String?
    /// Whether a colour bar is drawn right of the panel.
    public var showColorbar: Bool = true
    /// Writes each cell's value in the cell with this format, if set.
    public var cellFormat: TickFormat?
    /// Draw row 0 at the bottom (so rows read upwards like a y axis).
    public var originBottom: Bool = false

    /// Creates a heatmap.
    public init(
        values: [[Double]], columnLabels: [String], rowLabels: [String],
        colormap: Colormap = .viridis, range: ClosedRange<Double>? = nil,
        colorbarLabel: String? = nil, cellFormat: TickFormat? = nil, originBottom: Bool = false
    ) {
        self.values = values
        self.columnLabels = columnLabels
        self.rowLabels = rowLabels
        self.colormap = colormap
        self.range = range
        self.colorbarLabel = colorbarLabel
        self.cellFormat = cellFormat
        self.originBottom = originBottom
    }

    /// The wrapped series.
    public var series: Series { .heatmap(self) }
}
