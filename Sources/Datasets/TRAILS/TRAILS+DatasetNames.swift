import Diagnostics

extension TRAILS {
    /// A dataset name, as a config spells it, that is no dataset of the paper or none of those
    /// a caller can use (for example one the authors released no file of that kind for).
    public struct UnknownDataset: ReproError, Equatable {
        /// The name as given.
        public var name: String
        /// The names that would be accepted.
        public var expected: [String]

        public var subject: String { "dataset '\(name)'" }
        public var reason: String { "expected one of \(expected.joined(separator: ", "))" }
    }
}

extension TRAILS.Dataset {
    /// The datasets `names` spell as file stems (`frappe`, `uci_diabetes`, `ImageNet16-120`), in
    /// order, each of them one that `accepted` holds for.
    ///
    /// ```swift
    /// try TRAILS.Dataset.named(["frappe", "criteo"]) { TRAILS.refinementBenchmarkPath($0) != nil }
    /// ```
    public static func named(
        _ names: [String], where accepted: (Self) -> Bool = { _ in true }
    ) throws(TRAILS.UnknownDataset) -> [Self] {
        var datasets: [Self] = []
        for name in names {
            guard let dataset = Self(rawValue: name), accepted(dataset) else {
                throw TRAILS.UnknownDataset(name: name, expected: allCases.filter(accepted).map(\.rawValue))
            }
            datasets.append(dataset)
        }
        return datasets
    }
}
