extension AccelNASBench {
    /// A problem reading one of the dataset's files: the shared one-line ``DataLoadError``
    /// (its `line` is the 1-based line of a JSONL/CSV file or the entry of a split list).
    public typealias LoadError = DataLoadError
}
