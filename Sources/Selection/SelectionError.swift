/// An error from the Selection engine; its description is one line naming the place and the reason.
public struct SelectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where it happened (a K–U grid, a filtering batch, an architecture).
    public var place: String
    /// Why.
    public var reason: String

    /// Creates an error naming `place` and `reason`.
    public init(_ place: String, _ reason: String) { (self.place, self.reason) = (place, reason) }

    /// `place: reason`.
    public var description: String { "\(place): \(reason)" }
}
