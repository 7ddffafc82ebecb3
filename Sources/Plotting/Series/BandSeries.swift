/// A filled area between `lower[i]` and `upper[i]` over `x[i]` (mean ± std, quantile bands).
public struct BandSeries: Sendable, Hashable, SeriesConvertible {
    /// X values.
    public var x: [Double]
    /// Lower edge.
    public var lower: [Double]
    /// Upper edge.
    public var upper: [Double]
    /// The legend entry (usually nil: the band shares its line's entry).
    public var label: String?
    /// The fill colour (drawn at ``opacity``); nil takes the palette colour of the previous series.
    public var color: Color?
    /// Fill opacity; nil uses the theme's band opacity.
    public var opacity: Double?

    /// Creates a band.
    public init(
        x: [Double], lower: [Double], upper: [Double], label: String? = nil,
        color: Color? = nil, opacity: Double? = nil
    ) {
        self.x = x
        self.lower = lower
        self.upper = upper
        self.label = label
        self.color = color
        self.opacity = opacity
    }

    /// The wrapped series.
    public var series: Series { .band(self) }
}
