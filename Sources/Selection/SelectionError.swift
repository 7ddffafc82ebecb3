import Diagnostics

/// An error from the Selection engine, on one line naming where it happened and why.
public struct SelectionError: ReproError, Equatable {
    /// Where it happened: a K–U grid, a filtering batch, an architecture.
    public var subject: String
    /// Why.
    public var reason: String

    /// Creates an error about `subject`.
    public init(_ subject: String, _ reason: String) { (self.subject, self.reason) = (subject, reason) }
}
