/// A colour stop of a linear gradient.
public struct GradientStop: Sendable, Hashable {
    /// Position along the gradient, 0...1.
    public var offset: Double
    /// The colour there.
    public var color: Color

    /// Creates a stop.
    public init(offset: Double, color: Color) {
        self.offset = offset
        self.color = color
    }
}
