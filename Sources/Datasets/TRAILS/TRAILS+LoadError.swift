extension TRAILS {
    /// A problem reading a released TRAILS file; its description is one line naming the
    /// file, the place (key path, line) and the reason.
    public struct LoadError: Error, Sendable, CustomStringConvertible, Equatable {
        /// The file name (or path) that failed.
        public var file: String
        /// The 1-based line, for text files.
        public var line: Int?
        /// The key path inside the JSON document, e.g. `sh.acc_reached[3][5]`.
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
}
