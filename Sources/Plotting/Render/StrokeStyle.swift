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
