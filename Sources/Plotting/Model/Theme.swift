/// Sizes, line widths and colours shared by every element of a figure.
///
/// The default, ``paper``, suits a two-column paper: 8 pt tick labels, 9 pt axis
/// labels and titles, 1.2 pt data lines, Okabe–Ito colours. Override any field per figure:
///
/// ```swift
/// var figure = Figure(size: .inches(6.75, 2.5))
/// figure.theme.fontSize = 9
/// ```
public struct Theme: Sendable, Hashable {
    /// The font family; DejaVu Sans (Debian `fonts-dejavu-core`) so output does not depend on the machine.
    public var fontFamily: String = "DejaVu Sans"
    /// Tick labels, legend entries and annotations, in points.
    public var fontSize: Double = 7.5
    /// Axis labels, in points.
    public var labelFontSize: Double = 8.5
    /// Panel titles, in points.
    public var titleFontSize: Double = 9
    /// The figure title, in points.
    public var figureTitleFontSize: Double = 10
    /// Data lines, in points.
    public var lineWidth: Double = 1.3
    /// The axes frame (spines) and ticks, in points.
    public var axisLineWidth: Double = 0.7
    /// Grid lines, in points.
    public var gridLineWidth: Double = 0.5
    /// Marker diameter, in points.
    public var markerSize: Double = 4
    /// Major tick length, in points (minor ticks are 60 % of it).
    public var tickLength: Double = 3.5
    /// Gap between a tick and its label, and between labels and the next element, in points.
    public var padding: Double = 3
    /// Colours given in turn to series without an explicit colour.
    public var palette: [Color] = Color.okabeIto
    /// Text, spines and ticks.
    public var foreground: Color = .black
    /// The canvas.
    public var background: Color = .white
    /// Grid lines.
    public var gridColor: Color = Color(hex: 0xE0E0E0)
    /// Whether panels draw grid lines at major ticks unless they say otherwise.
    public var grid: Bool = true
    /// Whether the top and right spines are drawn (matplotlib's "despined" look when false).
    public var fullFrame: Bool = false
    /// Opacity of error bands and filled areas.
    public var bandOpacity: Double = 0.22
    /// Margin around the whole figure, in points.
    public var outerMargin: Double = 4

    /// Creates the default theme; change fields afterwards.
    public init() {}

    /// The default theme for two-column papers.
    public static let paper = Theme()

    /// The palette colour for the `index`-th automatically coloured series.
    public func color(_ index: Int) -> Color {
        palette.isEmpty ? foreground : palette[index % palette.count]
    }
}
