import Diagnostics
import Foundation

extension AccelNASBench {
    /// All records of the dataset, in file order (`result_0` … `result_5137`).
    public struct Dataset: Sendable, Hashable {
        /// The records in file order.
        public var records: [Record]
        private var indexByFile: [String: Int]

        /// Creates a dataset from records; file names must be unique.
        public init(records: [Record]) throws(LoadError) {
            var index: [String: Int] = [:]
            for (position, record) in records.enumerated() {
                if index[record.file] != nil {
                    throw LoadError(file: record.file, reason: "duplicate file name in the dataset")
                }
                index[record.file] = position
            }
            self.records = records
            self.indexByFile = index
        }

        /// The position of the record for `file` (a basename `result_<i>.json`, or a path
        /// ending in one), if present.
        public func index(ofFile file: String) -> Int? {
            indexByFile[Self.basename(file)]
        }

        /// Loads a JSON-lines file of records; a bad line throws a `LoadError` naming
        /// the file, line and key.
        public static func load(from url: URL) throws -> Dataset {
            let name = url.lastPathComponent
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw LoadError(file: url.path, reason: "cannot read file (\(DataRootHint.text))")
            }
            return try parse(data, fileName: name)
        }

        /// Parses JSON-lines bytes; `fileName` names the source in errors.
        public static func parse(_ data: Data, fileName: String) throws(LoadError) -> Dataset {
            let decoder = JSONDecoder()
            var records: [Record] = []
            var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            while let last = lines.last, last.isEmpty || Array(last) == [UInt8(ascii: "\r")] { lines.removeLast() }
            var lineNumber = 0
            for line in lines {
                lineNumber += 1
                let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
                if trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    throw LoadError(file: fileName, line: lineNumber, reason: "empty line")
                }
                do {
                    records.append(try decoder.decode(RawRecord.self, from: Data(trimmed)).record)
                } catch {
                    throw LoadError(file: fileName, line: lineNumber, decoding: error)
                }
                let file = records[records.count - 1].file
                guard file.hasPrefix("result_"), file.hasSuffix(".json") else {
                    throw LoadError(file: fileName, line: lineNumber, key: "file",
                                    reason: "expected result_<i>.json, got '\(file)'")
                }
            }
            if records.isEmpty { throw LoadError(file: fileName, line: lineNumber + 1, reason: "no records") }
            return try Dataset(records: records)
        }

        static func basename(_ path: String) -> String {
            path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        }
    }
}

/// The advice appended to a missing-file error.
enum DataRootHint {
    static let text = "run `make data` or set REPRO_DATA; see accel-nasbench/SOURCE.md"
}
