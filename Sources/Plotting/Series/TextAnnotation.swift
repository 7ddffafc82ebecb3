/// Where a text's anchor point sits on the text box.
public struct TextAnchor: Sendable, Hashable {
    /// Horizontal alignment.
    public enum Horizontal: Sendable, Hashable { case left, center, right }
    /// Vertical alignment.
    public enum Vertical: Sendable, Hashable { case top, center, baseline, bottom }

    /// Horizontal alignment.
    public var horizontal: Horizontal
    /// Vertical alignment.
    public var vertical: Vertical

    /// Creates an anchor.
    public init(_ horizontal: Horizontal, _ vertical: Vertical) {
        self.horizontal = horizontal
        self.vertical = vertical
    }

    /// Centre of the text.
    public static let center = TextAnchor(.center, .center)
    /// Left end, vertically centred.
    public static let left = TextAnchor(.left, .center)
    /// Right end, vertically centred.
    public static let right = TextAnchor(.right, .center)
    /// Bottom centre (text sits above the point).
    public static let bottom = TextAnchor(.center, .bottom)
    /// Top centre (text hangs below the point).
    public static let top = TextAnchor(.center, .top)
}

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
