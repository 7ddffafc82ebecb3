/// A font: the family comes from the theme, the size is in points.
public struct Font: Sendable, Hashable {
    /// Family name, e.g. "DejaVu Sans".
    public var family: String
    /// Size in points.
    public var size: Double
    /// Bold weight.
    public var bold: Bool

    /// Creates a font.
    public init(family: String = "DejaVu Sans", size: Double, bold: Bool = false) {
        self.family = family
        self.size = size
        self.bold = bold
    }
}

/// How a path is stroked.
public struct StrokeStyle: Sendable, Hashable {
    /// The line colour.
    public var color: Color
    /// The line width in points.
    public var width: Double
    /// Dash on/off lengths in points (empty for solid).
    public var dash: [Double]
    /// Round joins and caps (for data lines) instead of miter/butt (for frames and ticks).
    public var round: Bool

    /// Creates a stroke style.
    public init(color: Color, width: Double, dash: [Double] = [], round: Bool = false) {
        self.color = color
        self.width = width
        self.dash = dash
        self.round = round
    }
}

/// The measured size of a line of text.
public struct TextSize: Sendable, Hashable {
    /// Advance width in points.
    public var width: Double
    /// Line height (ascent + descent) in points.
    public var height: Double
    /// Distance from the top of the line box to the baseline, in points.
    public var baseline: Double

    /// Creates a text size.
    public init(width: Double, height: Double, baseline: Double) {
        self.width = width
        self.height = height
        self.baseline = baseline
    }
}

/// A colour stop of a linear gradient.
public struct GradientStop: Sendable, Hashable {
    /// Position along the gradient, 0...1.
    public var offset: Double
    /// The colour there.
    public var color: Color

    /// Creates a stop.
    public init(offset: Double, color: Color) {
        self.offset = offset
        self.color = color
    }
}
