/// The size of a figure's canvas, stored in points (1/72 inch).
public struct FigureSize: Sendable, Hashable {
    /// Width in points.
    public var width: Double
    /// Height in points.
    public var height: Double

    /// A size in points.
    public static func points(_ width: Double, _ height: Double) -> FigureSize {
        FigureSize(width: width, height: height)
    }

    /// A size in inches.
    public static func inches(_ width: Double, _ height: Double) -> FigureSize {
        FigureSize(width: width * 72, height: height * 72)
    }

    /// One column of a two-column paper: 3.25 × 2.4 in.
    public static let column = inches(3.25, 2.4)
    /// Full width of a two-column paper: 6.75 × 2.6 in.
    public static let fullWidth = inches(6.75, 2.6)

    /// Creates a size in points.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}
