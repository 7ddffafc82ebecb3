/// Compact integer ids, labels and ordinal features for categorical points.
extension CategoricalSpace {
    /// The mixed-radix index of `point` (first decision most significant), in `0 ..< count`.
    public func index(of point: CategoricalPoint) -> Int {
        var index = 0
        for (decision, n) in cardinalities.enumerated() {
            index = index &* n &+ point.choices[decision]
        }
        return index
    }

    /// The point with the given mixed-radix index, or nil when it is out of range.
    public func point(atIndex index: Int) -> CategoricalPoint? {
        guard index >= 0, index < count else { return nil }
        var rest = index
        var choices = [Int](repeating: 0, count: cardinalities.count)
        for decision in cardinalities.indices.reversed() {
            choices[decision] = rest % cardinalities[decision]
            rest /= cardinalities[decision]
        }
        return CategoricalPoint(choices)
    }

    /// The option labels of `point`, e.g. `["64", "32", "128", "8"]`.
    public func labels(of point: CategoricalPoint) -> [String] {
        zip(decisions, point.choices).map { $0.options[$1] }
    }

    /// The point whose options carry the given labels, or nil when a label is unknown.
    public func point(labels: [String]) -> CategoricalPoint? {
        guard labels.count == decisions.count else { return nil }
        var choices: [Int] = []
        for (decision, label) in zip(decisions, labels) {
            guard let option = decision.options.firstIndex(of: label) else { return nil }
            choices.append(option)
        }
        return CategoricalPoint(choices)
    }

    /// Ordinal encoding: each choice scaled to [0, 1] by its option index.
    public func ordinalFeatures(of point: CategoricalPoint) -> [Double] {
        zip(point.choices, cardinalities).map { choice, n in
            n > 1 ? Double(choice) / Double(n - 1) : 0
        }
    }

    /// Whether `point` has one valid option index per decision.
    public func contains(_ point: CategoricalPoint) -> Bool {
        point.choices.count == cardinalities.count
            && zip(point.choices, cardinalities).allSatisfy { $0 >= 0 && $0 < $1 }
    }
}
