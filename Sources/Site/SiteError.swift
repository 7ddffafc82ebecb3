import Foundation

/// A failure to build the site, described in one line naming the file and the reason.
public struct SiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or folder concerned.
    public var path: String
    /// What went wrong.
    public var reason: String

    /// Creates an error about `path`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `<path>: <reason>` on one line.
    public var description: String {
        "\(path): \(reason)".replacingOccurrences(of: "\n", with: " ")
    }
}
