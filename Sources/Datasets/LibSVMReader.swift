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
    public init(path: String) throws(LibSVMError) {
        guard let handle = fopen(path, "r") else {
            throw LibSVMError(file: path, line: 0, reason: "cannot open file (\(String(cString: strerror(errno))))")
        }
        self.path = path
        self.file = handle
    }

    deinit {
        fclose(file)
        free(buffer)
    }

    /// The next non-blank row, or nil at the end of the file.
    public func next() throws(LibSVMError) -> LibSVMRow? {
        while true {
            let length = getline(&buffer, &capacity, file)
            guard length >= 0, let line = buffer else { return nil }
            lineNumber += 1
            if length > 0 && line[length - 1] == 10 { line[length - 1] = 0 }
            do {
                if try LibSVMParser.parse(line, into: &row) { return row }
            } catch {
                throw LibSVMError(file: path, line: lineNumber, reason: error.reason)
            }
        }
    }
}
