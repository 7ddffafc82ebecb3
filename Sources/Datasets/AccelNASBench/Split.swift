import Diagnostics
import Foundation

extension AccelNASBench {
    /// A train/validation/test split as positions into `Dataset.records`.
    public struct Split: Sendable, Hashable, Codable {
        /// Training records (4,100 in the default split).
        public var train: [Int]
        /// Validation records, used for early stopping (512).
        public var validation: [Int]
        /// Test records (512).
        public var test: [Int]

        /// Creates a split.
        public init(train: [Int], validation: [Int], test: [Int]) {
            self.train = train
            self.validation = validation
            self.test = test
        }
    }
}

extension AccelNASBench.Dataset {
    /// Loads a split from its three path lists (see ``AccelNASBench/defaultSplitFiles``);
    /// entries are matched on their basename `result_<i>.json`, in list order.
    public func split(train: URL, validation: URL, test: URL) throws -> AccelNASBench.Split {
        AccelNASBench.Split(
            train: try splitList(train), validation: try splitList(validation), test: try splitList(test))
    }

    private func splitList(_ url: URL) throws -> [Int] {
        guard let data = try? Data(contentsOf: url) else {
            throw LoadError(file: url.path, reason: "cannot read file (\(DataRootHint.text))")
        }
        return try splitList(data, fileName: url.lastPathComponent)
    }

    /// Parses one split list (a JSON array of paths); `fileName` names it in errors.
    public func splitList(_ data: Data, fileName: String) throws(LoadError) -> [Int] {
        let paths: [String]
        do {
            paths = try JSONDecoder().decode([String].self, from: data)
        } catch {
            throw LoadError(file: fileName, line: 1, decoding: error)
        }
        let text = String(decoding: data, as: UTF8.self)
        return try paths.enumerated().map { (entry, path) throws(LoadError) -> Int in
            guard let index = index(ofFile: path) else {
                throw LoadError(
                    file: fileName, line: Self.line(of: path, in: text), key: "[\(entry)]",
                    reason: "unknown file '\(AccelNASBench.Dataset.basename(path))' (not in the dataset)")
            }
            return index
        }
    }

    /// The 1-based line on which `needle` first appears in `text`.
    private static func line(of needle: String, in text: String) -> Int {
        guard let range = text.range(of: needle) else { return 1 }
        return text[..<range.lowerBound].reduce(1) { $0 + ($1 == "\n" ? 1 : 0) }
    }
}
