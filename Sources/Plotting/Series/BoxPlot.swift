/// Tukey box plots over a categorical x axis: one box per sample.
///
/// Boxes span the quartiles (linear interpolation, as NumPy's default), the line is the
/// median, whiskers reach the most extreme data within 1.5 IQR of the box, and points
/// beyond are drawn as outliers.
public struct BoxPlot: Sendable, Hashable, SeriesConvertible {
    /// The category names, left to right.
    public var categories: [String]
    /// One sample per category.
    public var samples: [[Double]]
    /// The legend entry.
    public var label: String?
    /// The box colour; nil takes the next palette colour.
    public var color: Color?
    /// Whisker reach in IQRs.
    public var whisker: Double = 1.5
    /// Whether outliers are drawn.
    public var showOutliers: Bool = true
    /// The fraction of each category slot the box fills.
    public var width: Double = 0.5

    /// Creates box plots.
    public init(
        categories: [String], samples: [[Double]], label: String? = nil, color: Color? = nil,
        whisker: Double = 1.5, showOutliers: Bool = true
    ) {
        self.categories = categories
        self.samples = samples
        self.label = label
        self.color = color
        self.whisker = whisker
        self.showOutliers = showOutliers
    }

    /// The wrapped series.
    public var series: Series { .box(self) }
}
