/// A malformed libsvm input: the file, the 1-based line and the reason, on one line.
public struct LibSVMError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (or source name) being read.
    public var file: String
    /// The 1-based line number, or 0 when the error concerns the whole file.
    public var line: Int
    /// Why the line was rejected.
    public var reason: String

    /// Creates an error for `file` at `line`.
    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file:line: reason`.
    public var description: String {
        line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)"
    }
}
