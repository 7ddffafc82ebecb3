/// A data file that could not be read or did not parse: the one load error of every loader.
///
/// ```swift
/// throw LoadError(file: url.path, place: "line 7", reason: "expected 3 columns, got 2")
/// ```
public struct LoadError: ReproError, Equatable {
    /// The file, as the user named it or as the data root resolves it.
    public var file: String
    /// Where in the file: a line, a row, a JSON key path; nil for the whole file.
    public var place: String?
    /// What was wrong.
    public var reason: String

    /// Creates the error for `file`, at `place` when known.
    public init(file: String, place: String? = nil, reason: String) {
        self.file = file
        self.place = place
        self.reason = reason
    }

    public var subject: String { file }
}
