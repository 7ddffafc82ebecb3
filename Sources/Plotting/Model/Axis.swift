/// One axis of a panel: its scale, limits, label and tick settings.
public struct Axis: Sendable, Hashable {
    /// Linear or log10.
    public var scale: AxisScale = .linear
    /// The shown range `(lower, upper)` in data units; nil fits the data with ``margin``.
    public var limits: ClosedRange<Double>?
    /// The axis label, drawn below (x) or beside (y) the axis.
    public var label: String?
    /// How tick values are written.
    public var format: TickFormat = .automatic
    /// Tick positions to use instead of automatic ones (data units).
    public var ticks: [Double]?
    /// Labels for ``ticks``; must have the same count when given.
    public var tickLabels: [String]?
    /// Fraction of the data range added on each side when ``limits`` is nil (matplotlib's 5 %).
    public var margin: Double = 0.05
    /// Whether minor ticks are drawn (log axes: at 2…9 × 10ⁿ).
    public var minorTicks: Bool = true
    /// Whether the axis runs from high to low.
    public var inverted: Bool = false

    /// Creates an axis.
    public init(
        scale: AxisScale = .linear, label: String? = nil,
        limits: ClosedRange<Double>? = nil, format: TickFormat = .automatic
    ) {
        self.scale = scale
        self.label = label
        self.limits = limits
        self.format = format
    }
}
