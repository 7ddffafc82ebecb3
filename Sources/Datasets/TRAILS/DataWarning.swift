extension TRAILS {
    /// Something wrong in a released file that is loaded anyway: it is reported, and the
    /// affected data is never plotted.
    public enum DataWarning: Sendable, Equatable, CustomStringConvertible {
        /// Every value of every method is 0: the run failed; nothing can be plotted.
        case allZero(file: String)
        /// Some runs are all zero (failed) and are dropped; the rest are kept.
        case failedRuns(file: String, method: String, failed: Int, total: Int)

        /// One line naming the file and the problem.
        public var description: String {
            switch self {
            case .allZero(let file):
                "\(file): every value is 0 (a failed run); the file is loaded but nothing from it is plotted"
            case .failedRuns(let file, let method, let failed, let total):
                "\(file): key '\(method)': \(failed) of \(total) runs are all 0 (failed); they are dropped and the other \(total - failed) kept"
            }
        }
    }
}
