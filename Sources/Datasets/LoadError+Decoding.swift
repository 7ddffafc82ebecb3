import Diagnostics

extension LoadError {
    /// The load error for a JSON decoding failure in `file` at `line`, naming the key path
    /// the decoder was at: `missing key`, `wrong type, expected Int`, or the decoder's reason.
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
        default:
            self.init(file: file, line: line, reason: "\(error)")
        }
    }

    /// `a.b[2].c`: the coding path as a key path.
    private static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }
}
