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

extension AccelNASBench.Dataset {
    /// Loads the dataset and the authors' train/validation/test split (``AccelNASBench/defaultSplitFiles``).
    ///
    /// `resolve` gives the file of a path relative to the data root: `RunContext.input` in an
    /// experiment, so every file read is one it declared (``defaultSplitInputs``).
    public static func loadWithDefaultSplit(
        resolve: (String) throws -> URL
    ) throws -> (dataset: AccelNASBench.Dataset, split: AccelNASBench.Split) {
        let dataset = try load(from: resolve(AccelNASBench.datasetPath))
        let files = AccelNASBench.defaultSplitFiles
        let split = try dataset.split(
            train: resolve(files.train), validation: resolve(files.validation), test: resolve(files.test))
        return (dataset, split)
    }

    /// The files ``loadWithDefaultSplit(resolve:)`` reads, relative to the data root.
    public static var defaultSplitInputs: [String] {
        [AccelNASBench.datasetPath] + AccelNASBench.defaultSplitFiles.all
    }
}
