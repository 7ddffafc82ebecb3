/// A data file that could not be read or did not parse: the one load error of every loader.
///
/// ```swift
/// throw LoadError(file: url.path, line: 7, reason: "expected 3 columns, got 2")
/// // data.csv, line 7: expected 3 columns, got 2
/// throw LoadError(file: "w.json", key: "models.a[0]", reason: "missing key")
/// // w.json, key 'models.a[0]': missing key
/// ```
public struct LoadError: ReproError, Equatable {
    /// The file, as the user named it or as the data root resolves it.
    public var file: String
    /// Where in the file: a line, a row, a JSON key path; nil for the whole file.
    public var place: String?
    /// What was wrong.
    public var reason: String

    /// Creates the error for `file` at `place`, written out (`row 3`, `entry 2`).
    public init(file: String, place: String?, reason: String) {
        self.file = file
        self.place = place
        self.reason = reason
    }

    /// Creates the error for `file` at a 1-based `line` and a `key` (a JSON key path or a
    /// column), either or both of which may be unknown: the place reads `line 7, key 'a.b'`.
    public init(file: String, line: Int? = nil, key: String? = nil, reason: String) {
        self.init(file: file, place: Self.place(line: line, key: key), reason: reason)
    }

    public var subject: String { file }

    /// `line 7`, `key 'a.b'` or `line 7, key 'a.b'`; nil when both are nil.
    static func place(line: Int?, key: String?) -> String? {
        let parts = [line.map { "line \($0)" }, key.map { "key '\($0)'" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
