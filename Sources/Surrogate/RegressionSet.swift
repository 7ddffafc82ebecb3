/// Feature rows and their targets, e.g. a validation set for early stopping.
public struct RegressionSet: Sendable, Hashable, Codable {
    /// One row per sample; all rows have the same length.
    public var features: [[Double]]
    /// One target per row.
    public var targets: [Double]

    /// Creates a set.
    public init(features: [[Double]], targets: [Double]) {
        self.features = features
        self.targets = targets
    }

    /// Checks shape and finiteness; `name` appears in errors (e.g. "validation").
    func validate(name: String, featureCount: Int? = nil) throws(SurrogateError) -> Int {
        guard !features.isEmpty else { throw SurrogateError.invalidData("\(name): no rows") }
        guard features.count == targets.count else {
            throw SurrogateError.invalidData(
                "\(name): \(features.count) rows but \(targets.count) targets")
        }
        let width = featureCount ?? features[0].count
        guard width > 0 else { throw SurrogateError.invalidData("\(name): rows have no features") }
        for (index, row) in features.enumerated() {
            guard row.count == width else {
                throw SurrogateError.invalidData(
                    "\(name): row \(index) has \(row.count) features, expected \(width)")
            }
            if let column = row.firstIndex(where: { !$0.isFinite }) {
                throw SurrogateError.invalidData("\(name): row \(index) feature \(column) is not finite")
            }
        }
        if let index = targets.firstIndex(where: { !$0.isFinite }) {
            throw SurrogateError.invalidData("\(name): target \(index) is not finite")
        }
        return width
    }
}
