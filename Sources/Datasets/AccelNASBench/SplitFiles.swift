import Foundation

extension AccelNASBench {
    /// The three path lists of a stored split, as paths relative to the data root.
    public struct SplitFiles: Sendable, Hashable {
        /// The training list (`train_paths.json`).
        public var train: String
        /// The validation list (`val_paths.json`).
        public var validation: String
        /// The test list (`test_paths.json`).
        public var test: String

        /// The three lists of `folder` (relative to the data root).
        public init(folder: String) {
            train = "\(folder)/train_paths.json"
            validation = "\(folder)/val_paths.json"
            test = "\(folder)/test_paths.json"
        }

        /// The three paths, train first.
        public var all: [String] { [train, validation, test] }
    }

    /// The path lists of the stored default split.
    public static let defaultSplitFiles = SplitFiles(folder: defaultSplitPath)
}
