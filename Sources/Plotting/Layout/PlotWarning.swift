/// Something the renderer had to drop or change, e.g. non-finite points.
public struct PlotWarning: Sendable, Hashable, CustomStringConvertible {
    /// One line naming the panel, the series and the problem.
    public var message: String

    /// Creates a warning.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
