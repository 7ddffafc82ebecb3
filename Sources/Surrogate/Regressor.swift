/// A fitted model that maps a feature row to a prediction.
public protocol Regressor: Sendable {
    /// The number of features a row must have.
    var featureCount: Int { get }

    /// Predicts one row (`featureCount` values).
    func predict(_ row: [Double]) -> Double
}

extension Regressor {
    /// Predicts every row, in order.
    public func predict(rows: [[Double]]) -> [Double] {
        rows.map { predict($0) }
    }
}
