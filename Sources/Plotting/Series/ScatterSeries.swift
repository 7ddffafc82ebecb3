/// Markers at `(x[i], y[i])`, with optional per-point colour and size.
public struct ScatterSeries: Sendable, Hashable, SeriesConvertible {
    /// X values.
    public var x: [Double]
    /// Y values.
    public var y: [Double]
    /// The legend entry.
    public var label: String?
    /// The colour of all points; nil takes the next palette colour.
    public var color: Color?
    /// Per-point colours; overrides ``color`` and ``values``.
    public var colors: [Color]?
    /// Per-point values mapped through ``colormap`` (over their finite range, or ``valueRange``).
    public var values: [Double]?
    /// The colormap for ``values``.
    public var colormap: Colormap = .viridis
    /// The value range mapped to the colormap's ends; nil uses the data's.
    public var valueRange: ClosedRange<Double>?
    /// The label of the colour bar drawn right of the panel when ``values`` are given.
    public var colorbarLabel: String?
    /// Whether ``values`` get a colour bar.
    public var showColorbar: Bool = true
    /// Per-point marker diameters in points; nil uses ``size``.
    public var sizes: [Double]?
    /// Marker diameter in points; nil uses the theme's.
    public var size: Double?
    /// The marker shape.
    public var marker: Marker = .circle
    /// Fill opacity of the markers.
    public var opacity: Double = 0.8

    /// Creates a scatter series.
    public init(
        x: [Double], y: [Double], label: String? = nil, color: Color? = nil,
        colors: [Color]? = nil, values: [Double]? = nil, colormap: Colormap = .viridis,
        sizes: [Double]? = nil, size: Double? = nil, marker: Marker = .circle,
        opacity: Double = 0.8, colorbarLabel: String? = nil
    ) {
        self.colorbarLabel = colorbarLabel
        self.x = x
        self.y = y
        self.label = label
        self.color = color
        self.colors = colors
        self.values = values
        self.colormap = colormap
        self.sizes = sizes
        self.size = size
        self.marker = marker
        self.opacity = opacity
    }

    /// The wrapped series.
    public var series: Series { .scatter(self) }
}
