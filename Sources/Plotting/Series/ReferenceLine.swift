/// A horizontal or vertical line across the whole panel (a baseline, a threshold, a paper value).
public struct ReferenceLine: Sendable, Hashable, SeriesConvertible {
    /// Which way the line runs.
    public enum Orientation: Sendable, Hashable {
        /// A horizontal line at a y value.
        case horizontal(y: Double)
        /// A vertical line at an x value.
        case vertical(x: Double)
    }

    /// Direction and position.
    public var orientation: Orientation
    /// The legend entry.
    public var label: String?
    /// The colour; nil is the theme's foreground at 60 % grey.
    public var color: Color?
    /// Dash pattern.
    public var dash: Dash = .dashed
    /// Line width in points; nil uses 80 % of the theme's line width.
    public var width: Double?

    /// Creates a reference line.
    public init(
        _ orientation: Orientation, label: String? = nil, color: Color? = nil,
        dash: Dash = .dashed, width: Double? = nil
    ) {
        self.orientation = orientation
        self.label = label
        self.color = color
        self.dash = dash
        self.width = width
    }

    /// A horizontal line at `y`.
    public static func horizontal(_ y: Double, label: String? = nil, color: Color? = nil) -> ReferenceLine {
        ReferenceLine(.horizontal(y: y), label: label, color: color)
    }

    /// A vertical line at `x`.
    public static func vertical(_ x: Double, label: String? = nil, color: Color? = nil) -> ReferenceLine {
        ReferenceLine(.vertical(x: x), label: label, color: color)
    }

    /// The wrapped series.
    public var series: Series { .reference(self) }
}
