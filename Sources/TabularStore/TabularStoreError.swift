/// An error from the TabularStore engine; its description is one line naming the place and the reason.
public struct TabularStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where it happened (a file, a table, a key).
    public var place: String
    /// Why.
    public var reason: String

    /// Creates an error.
    public init(_ place: String, _ reason: String) {
        self.place = place
        self.reason = reason
    }

    /// `place: reason`.
    public var description: String { "\(place): \(reason)" }
}
