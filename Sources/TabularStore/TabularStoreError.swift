import Diagnostics

/// An error from the TabularStore engine, on one line naming where it happened and why.
public struct TabularStoreError: ReproError, Equatable {
    /// Where it happened: a file, a table, a key.
    public var subject: String
    /// Why.
    public var reason: String

    /// Creates an error about `subject`.
    public init(_ subject: String, _ reason: String) {
        self.subject = subject
        self.reason = reason
    }
}
