/// A Numerics input that cannot be used, described on one line.
public struct NumericsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was being done and why it failed.
    public var description: String

    /// Creates an error with a one-line description.
    public init(_ description: String) {
        self.description = description
    }
}
