/// Vertical error bars from `lower[i]` to `upper[i]` at `x[i]`, with a marker at `y[i]`.
public struct ErrorBarSeries: Sendable, Hashable, SeriesConvertible {
    /// X values.
    public var x: [Double]
    /// Centre values.
    public var y: [Double]
    /// Lower ends (absolute values).
    public var lower: [Double]
    /// Upper ends (absolute values).
    public var upper: [Double]
    /// The legend entry.
    public var label: String?
    /// The colour; nil takes the next palette colour.
    public var color: Color?
    /// Marker at the centre.
    public var marker: Marker = .circle
    /// Cap width in points (0 for none).
    public var capSize: Double = 3
    /// Whether centres are joined by a line.
    public var connect: Bool = false

    /// Creates error bars from absolute lower and upper ends.
    public init(
        x: [Double], y: [Double], lower: [Double], upper: [Double], label: String? = nil,
        color: Color? = nil, marker: Marker = .circle, connect: Bool = false
    ) {
        self.x = x
        self.y = y
        self.lower = lower
        self.upper = upper
        self.label = label
        self.color = color
        self.marker = marker
        self.connect = connect
    }

    /// Creates symmetric error bars `y ± error`.
    public init(
        x: [Double], y: [Double], error: [Double], label: String? = nil, color: Color? = nil,
        marker: Marker = .circle, connect: Bool = false
    ) {
        let n = min(y.count, error.count)
        self.init(
            x: x, y: y, lower: (0..<n).map { y[$0] - error[$0] },
            upper: (0..<n).map { y[$0] + error[$0] }, label: label, color: color,
            marker: marker, connect: connect)
    }

    /// The wrapped series.
    public var series: Series { .errorBars(self) }
}
