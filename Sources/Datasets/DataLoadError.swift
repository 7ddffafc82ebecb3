/// A problem reading one released data file (TRAILS, Accel-NASBench and the smaller papers:
/// network scaling, OCaml inlining, XFLOWRL); its description is one line naming the file,
/// the place (line, key) and the reason.
public struct DataLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file name that failed.
    public var file: String
    /// The 1-based line (JSON lines, CSV), when known.
    public var line: Int?
    /// The key path or column, when known.
    public var key: String?
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, key: String? = nil, reason: String) {
        self.file = file
        self.line = line
        self.key = key
        self.reason = reason
    }

    /// `file:line: key 'a.b': reason`, on one line.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ":"
        if let key { text += " key '\(key)':" }
        let flat = reason.split(whereSeparator: \.isNewline).joined(separator: " ")
        return text + " " + flat
    }
}

/// The loaders of the smaller papers name their error this way.
public typealias ReleasedDataError = DataLoadError

extension DataLoadError {
    /// Converts a JSON decoding failure into a one-line error.
    init(file: String, line: Int?, decoding error: Error) {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            self.init(file: file, line: line, key: Self.path(context.codingPath + [key]), reason: "missing key")
        case DecodingError.typeMismatch(let type, let context):
            self.init(file: file, line: line, key: Self.path(context.codingPath),
                      reason: "wrong type, expected \(type)")
        case DecodingError.valueNotFound(let type, let context):
            self.init(file: file, line: line, key: Self.path(context.codingPath),
                      reason: "null where \(type) is required")
        case DecodingError.dataCorrupted(let context) where !context.codingPath.isEmpty:
            self.init(file: file, line: line, key: Self.path(context.codingPath),
                      reason: context.debugDescription)
        case DecodingError.dataCorrupted:
            self.init(file: file, line: line, reason: "malformed JSON (truncated line?)")
        case let error as DataLoadError:
            self.init(file: file, line: line ?? error.line, key: error.key, reason: error.reason)
        default:
            self.init(file: file, line: line, reason: "\(error)")
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }
}
