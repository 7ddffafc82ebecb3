/// One parsed libsvm row: `label id:value id:value ...`.
public struct LibSVMRow: Sendable, Equatable {
    /// The label as written (e.g. `0`, `1`, `-1`).
    public var label: Float
    /// The feature ids in the order written.
    public var featureIDs: [Int32]
    /// The feature values, parallel to `featureIDs`.
    public var featureValues: [Float]

    /// Creates a row.
    public init(label: Float, featureIDs: [Int32], featureValues: [Float]) {
        self.label = label
        self.featureIDs = featureIDs
        self.featureValues = featureValues
    }
}
