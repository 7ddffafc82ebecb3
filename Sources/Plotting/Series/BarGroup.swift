/// One coloured set of bars in a ``BarChart``: a value per category.
public struct BarGroup: Sendable, Hashable {
    /// The legend entry.
    public var label: String?
    /// One value per category (missing trailing values are treated as absent).
    public var values: [Double]
    /// Symmetric error bar half-lengths per category, if any.
    public var errors: [Double]?
    /// The fill colour; nil takes the next palette colour.
    public var color: Color?

    /// Creates a bar group.
    public init(label: String? = nil, values: [Double], errors: [Double]? = nil, color: Color? = nil) {
        self.label = label
        self.values = values
        self.errors = errors
        self.color = color
    }
}
