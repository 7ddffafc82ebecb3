import Diagnostics

/// A libsvm data set with a fixed number of fields per row, stored column-packed.
///
/// Row `r` has feature ids `featureIDs[r*fields ..< (r+1)*fields]` and the
/// matching `featureValues`. This is the shape of TRAILS' frappe, uci_diabetes
/// and criteo files: every row lists the same number of `id:value` pairs.
public struct LibSVMDataset: Sendable, Equatable {
    /// Pairs per row.
    public let fields: Int
    /// Labels as written, one per row.
    public private(set) var labels: [Float]
    /// Feature ids, `count × fields`, row-major.
    public private(set) var featureIDs: [Int32]
    /// Feature values, parallel to `featureIDs`.
    public private(set) var featureValues: [Float]

    /// The number of rows.
    public var count: Int { labels.count }

    /// The largest feature id present, or -1 when empty.
    public var maxFeatureID: Int { Int(featureIDs.max() ?? -1) }

    /// Whether row `r` is a positive example (label > 0).
    public func isPositive(_ r: Int) -> Bool { labels[r] > 0 }

    /// Creates a data set from packed arrays; the sizes must agree.
    public init(fields: Int, labels: [Float], featureIDs: [Int32], featureValues: [Float]) throws(LoadError) {
        guard fields > 0 else { throw LoadError(file: "<memory>", reason: "fields must be positive") }
        guard featureIDs.count == labels.count * fields, featureValues.count == featureIDs.count else {
            throw LoadError(file: "<memory>",
                              reason: "expected \(labels.count * fields) ids and values, got \(featureIDs.count) and \(featureValues.count)")
        }
        self.fields = fields
        self.labels = labels
        self.featureIDs = featureIDs
        self.featureValues = featureValues
    }

    /// Loads a whole file, streaming it line by line.
    ///
    /// - Parameters:
    ///   - path: the libsvm file.
    ///   - fields: the pairs every row must have; nil takes the first row's count.
    public init(path: String, fields: Int? = nil) throws(LoadError) {
        let reader = try LibSVMReader(path: path)
        var expected = fields
        var labels: [Float] = []
        var ids: [Int32] = []
        var values: [Float] = []
        while let row = try reader.next() {
            let n = row.featureIDs.count
            if expected == nil { expected = n }
            guard n == expected, n > 0 else {
                throw LoadError(file: path, line: reader.lineNumber,
                                  reason: "expected \(expected ?? 0) id:value pairs, found \(n)")
            }
            labels.append(row.label)
            ids.append(contentsOf: row.featureIDs)
            values.append(contentsOf: row.featureValues)
        }
        guard let width = expected else {
            throw LoadError(file: path, line: reader.lineNumber + 1, reason: "no rows before the end of the file")
        }
        self.fields = width
        self.labels = labels
        self.featureIDs = ids
        self.featureValues = values
    }

    /// The rows at `indices`, in that order.
    public func rows(_ indices: some Sequence<Int>) -> LibSVMDataset {
        var out = LibSVMDataset(emptyWith: fields)
        for r in indices {
            out.labels.append(labels[r])
            out.featureIDs.append(contentsOf: featureIDs[r * fields ..< (r + 1) * fields])
            out.featureValues.append(contentsOf: featureValues[r * fields ..< (r + 1) * fields])
        }
        return out
    }

    /// The rows in `range`.
    public func rows(in range: Range<Int>) -> LibSVMDataset {
        var out = LibSVMDataset(emptyWith: fields)
        out.labels = Array(labels[range])
        out.featureIDs = Array(featureIDs[range.lowerBound * fields ..< range.upperBound * fields])
        out.featureValues = Array(featureValues[range.lowerBound * fields ..< range.upperBound * fields])
        return out
    }

    private init(emptyWith fields: Int) {
        self.fields = fields
        labels = []
        featureIDs = []
        featureValues = []
    }
}
