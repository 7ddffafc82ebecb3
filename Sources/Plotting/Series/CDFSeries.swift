/// The empirical cumulative distribution of a sample, drawn as a step line from 0 to 1.
public struct CDFSeries: Sendable, Hashable, SeriesConvertible {
    /// The sample.
    public var values: [Double]
    /// The legend entry.
    public var label: String?
    /// The colour; nil takes the next palette colour.
    public var color: Color?
    /// Line width in points; nil uses the theme's.
    public var width: Double?
    /// Dash pattern.
    public var dash: Dash = .solid
    /// Draw `1 − F(x)` (survival function) instead.
    public var complementary: Bool = false

    /// Creates a CDF series.
    public init(
        values: [Double], label: String? = nil, color: Color? = nil, width: Double? = nil,
        dash: Dash = .solid, complementary: Bool = false
    ) {
        self.values = values
        self.label = label
        self.color = color
        self.width = width
        self.dash = dash
        self.complementary = complementary
    }

    /// The wrapped series.
    public var series: Series { .cdf(self) }
}
