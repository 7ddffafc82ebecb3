/// How consecutive points of a line are joined.
public enum LineInterpolation: Sendable, Hashable {
    /// Straight segments.
    case linear
    /// Horizontal then vertical: each value holds until the next x (anytime "best so far" curves).
    case stepPost
    /// Vertical then horizontal: each value starts at the previous x.
    case stepPre
}

/// A line through `(x[i], y[i])`, optionally with markers.
public struct LineSeries: Sendable, Hashable, SeriesConvertible {
    /// X values.
    public var x: [Double]
    /// Y values (same count as ``x``; extra values are ignored).
    public var y: [Double]
    /// The legend entry; nil leaves the series out of the legend.
    public var label: String?
    /// The colour; nil takes the next palette colour.
    public var color: Color?
    /// Line width in points; nil uses the theme's.
    public var width: Double?
    /// Dash pattern.
    public var dash: Dash = .solid
    /// Marker at each point.
    public var marker: Marker = .none
    /// Marker diameter in points; nil uses the theme's.
    public var markerSize: Double?
    /// How points are joined.
    public var interpolation: LineInterpolation = .linear

    /// Creates a line series.
    public init(
        x: [Double], y: [Double], label: String? = nil, color: Color? = nil,
        width: Double? = nil, dash: Dash = .solid, marker: Marker = .none,
        markerSize: Double? = nil, interpolation: LineInterpolation = .linear
    ) {
        self.x = x
        self.y = y
        self.label = label
        self.color = color
        self.width = width
        self.dash = dash
        self.marker = marker
        self.markerSize = markerSize
        self.interpolation = interpolation
    }

    /// A post-step line of the running best of `y` (anytime performance curve).
    ///
    /// With `minimize`, the running minimum; otherwise the running maximum. Non-finite
    /// values do not update the best.
    public static func bestSoFar(
        x: [Double], y: [Double], minimize: Bool = false, label: String? = nil,
        color: Color? = nil
    ) -> LineSeries {
        LineSeries(
            x: x, y: PlotStats.runningBest(y, minimize: minimize), label: label, color: color,
            interpolation: .stepPost)
    }

    /// The wrapped series.
    public var series: Series { .line(self) }
}
