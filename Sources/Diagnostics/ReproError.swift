/// An error a user can act on, printed as one line: `subject, place: reason` (place optional).
///
/// ```swift
/// struct QueueError: ReproError {
///     var subject: String { "work queue" }
///     var place: String? { nil }
///     var reason: String { "closed" }
/// }
/// print(QueueError().line)  // work queue: closed
/// ```
public protocol ReproError: Error, Sendable, CustomStringConvertible {
    /// What failed: a file path, a config key, an experiment id or a component.
    var subject: String { get }
    /// Where in the subject, when there is such a place: `line 12`, `row 3`, `key 'epochs'`.
    var place: String? { get }
    /// What was wrong, and what would be valid where that helps.
    var reason: String { get }
}

extension ReproError {
    /// None unless the error type has one: most name the place in the subject or the reason.
    public var place: String? { nil }

    /// The error as the one line the CLI prints; line breaks inside a part become spaces.
    public var line: String {
        let text: String
        if let place, !place.isEmpty {
            text = "\(subject), \(place): \(reason)"
        } else {
            text = "\(subject): \(reason)"
        }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    public var description: String { line }
}
