/// Anything drawn inside a panel's axes.
public enum Series: Sendable, Hashable {
    /// A line, optionally stepped, with markers.
    case line(LineSeries)
    /// Markers with per-point colour and size.
    case scatter(ScatterSeries)
    /// Grouped or stacked bars on a categorical axis.
    case bars(BarChart)
    /// Tukey box plots on a categorical axis.
    case box(BoxPlot)
    /// An empirical CDF.
    case cdf(CDFSeries)
    /// A filled band between two curves.
    case band(BandSeries)
    /// Vertical error bars.
    case errorBars(ErrorBarSeries)
    /// A horizontal or vertical reference line.
    case reference(ReferenceLine)
    /// A text annotation.
    case text(TextAnnotation)
    /// A heatmap with a colour bar.
    case heatmap(Heatmap)
}

/// A value that can be added to a ``Panel`` as a ``Series``.
public protocol SeriesConvertible: Sendable {
    /// The value as a series.
    var series: Series { get }
}

extension Series: SeriesConvertible {
    /// Itself.
    public var series: Series { self }
}
