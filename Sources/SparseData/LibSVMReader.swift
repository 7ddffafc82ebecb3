import Diagnostics

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a libsvm file one row at a time without loading it whole.
///
/// ```swift
/// let reader = try LibSVMReader(path: "valid.libsvm")
/// while let row = try reader.next() { ... }
/// ```
/// Blank lines and lines starting with `#` are skipped. Every error names the
/// file, the line number and the reason.
public final class LibSVMReader {
    /// The path being read.
    public let path: String
    /// The 1-based number of the line last read.
    public private(set) var lineNumber = 0
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: UnsafeMutablePointer<CChar>? = nil
    private var capacity = 0
    private var row = LibSVMRow(label: 0, featureIDs: [], featureValues: [])

    /// Opens `path` for reading.
    public init(path: String) throws(LoadError) {
        guard let handle = fopen(path, "r") else {
            throw LoadError(file: path, reason: "cannot open file (\(String(cString: strerror(errno))))")
        }
        self.path = path
        self.file = handle
    }

    deinit {
        fclose(file)
        free(buffer)
    }

    /// The next non-blank row, or nil at the end of the file.
    public func next() throws(LoadError) -> LibSVMRow? {
        while true {
            let length = getline(&buffer, &capacity, file)
            guard length >= 0, let line = buffer else {
                let code = errno
                if ferror(file) != 0 {
                    throw LoadError(file: path, line: lineNumber + 1,
                                      reason: "read error (\(String(cString: strerror(code))))")
                }
                return nil
            }
            lineNumber += 1
            let hasNewline = length > 0 && line[length - 1] == 10
            let content = hasNewline ? length - 1 : length
            if hasNewline { line[length - 1] = 0 }
            // The parser stops at the first NUL, so a NUL inside the line would silently cut it.
            let visible = strlen(line)
            if visible < content {
                throw LoadError(file: path, line: lineNumber, reason: "NUL byte at column \(visible + 1)")
            }
            do {
                if try LibSVMParser.parse(line, into: &row) { return row }
            } catch {
                throw LoadError(file: path, line: lineNumber, reason: error.reason)
            }
        }
    }
}
