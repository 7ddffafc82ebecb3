/// Text placed at a data position (or a fraction of the axes), e.g. to name a point.
public struct TextAnnotation: Sendable, Hashable, SeriesConvertible {
    /// What ``x`` and ``y`` are measured in.
    public enum Coordinates: Sendable, Hashable {
        /// Data units of the panel's axes.
        case data
        /// 0...1 across the axes box (0, 0 is bottom left).
        case axes
    }

    /// The text.
    public var text: String
    /// Horizontal position.
    public var x: Double
    /// Vertical position.
    public var y: Double
    /// Units of ``x`` and ``y``.
    public var coordinates: Coordinates = .data
    /// Which point of the text box sits at the position.
    public var anchor: TextAnchor = .left
    /// Horizontal offset in points.
    public var dx: Double = 0
    /// Vertical offset in points (positive is up).
    public var dy: Double = 0
    /// Text colour; nil is the theme foreground.
    public var color: Color?
    /// Font size; nil is the theme's tick-label size.
    public var fontSize: Double?

    /// Creates an annotation.
    public init(
        _ text: String, x: Double, y: Double, coordinates: Coordinates = .data,
        anchor: TextAnchor = .left, dx: Double = 0, dy: Double = 0, color: Color? = nil,
        fontSize: Double? = nil
    ) {
        self.text = text
        self.x = x
        self.y = y
        self.coordinates = coordinates
        self.anchor = anchor
        self.dx = dx
        self.dy = dy
        self.color = color
        self.fontSize = fontSize
    }

    /// The wrapped series.
    public var series: Series { .text(self) }
}
