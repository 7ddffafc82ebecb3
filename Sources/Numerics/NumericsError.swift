import Diagnostics

/// A Numerics input that cannot be used: what was being done, and why it failed.
///
/// ```swift
/// throw NumericsError("training", "need at least 2 training rows, got 1")
/// // training: need at least 2 training rows, got 1
/// ```
public struct NumericsError: ReproError, Equatable {
    /// What was being done or checked: `training`, `TFMEM batch`, an architecture.
    public var subject: String
    /// Why it failed.
    public var reason: String

    /// Creates an error about `subject`.
    public init(_ subject: String, _ reason: String) {
        self.subject = subject
        self.reason = reason
    }
}
