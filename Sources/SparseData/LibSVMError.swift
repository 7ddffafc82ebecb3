/// A malformed libsvm input; its description is one line naming the file, the 1-based line
/// (nil when the error concerns the whole file) and the reason, in the same
/// `file:line: reason` shape as the loaders' `DataLoadError`.
public struct LibSVMError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file that failed (`<memory>` for arrays built in memory).
    public var file: String
    /// The 1-based line, when the error concerns one line.
    public var line: Int?
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file:line: reason`, on one line.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        let flat = reason.split(whereSeparator: \.isNewline).joined(separator: " ")
        return text + ": " + flat
    }
}
