/// A column of a ``Table``: its header, unit, number format and highlighting.
public struct Column: Sendable, Equatable {
    /// Which value of a column is the best one.
    public enum Highlight: Sendable, Equatable {
        /// The largest value is best (accuracy, R², Kendall τ).
        case max
        /// The smallest value is best (MAE, latency).
        case min
    }

    /// The header text.
    public var name: String
    /// The unit, shown in the header as `name (unit)`; nil for none.
    public var unit: String?
    /// How numbers in this column are shown.
    public var format: NumberFormat
    /// Whether and how the best value is highlighted.
    public var highlight: Highlight?

    /// Creates a column; numbers default to three decimals and no highlight.
    public init(
        _ name: String, unit: String? = nil, format: NumberFormat = .fixed(digits: 3),
        highlight: Highlight? = nil
    ) {
        self.name = name
        self.unit = unit
        self.format = format
        self.highlight = highlight
    }

    /// The header as shown: the name, then the unit in parentheses if any.
    public var header: String {
        guard let unit, !unit.isEmpty else { return name }
        return "\(name) (\(unit))"
    }
}
