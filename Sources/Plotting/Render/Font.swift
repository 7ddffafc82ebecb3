/// A font: the family comes from the theme, the size is in points.
public struct Font: Sendable, Hashable {
    /// Family name, e.g. "DejaVu Sans".
    public var family: String
    /// Size in points.
    public var size: Double
    /// Bold weight.
    public var bold: Bool

    /// Creates a font.
    public init(family: String = "DejaVu Sans", size: Double, bold: Bool = false) {
        self.family = family
        self.size = size
        self.bold = bold
    }
}
