/// The measured size of a line of text.
public struct TextSize: Sendable, Hashable {
    /// Advance width in points.
    public var width: Double
    /// Line height (ascent + descent) in points.
    public var height: Double
    /// Distance from the top of the line box to the baseline, in points.
    public var baseline: Double

    /// Creates a text size.
    public init(width: Double, height: Double, baseline: Double) {
        self.width = width
        self.height = height
        self.baseline = baseline
    }
}
