/// Common x grids for aggregating traces (simulated seconds or evaluation counts).
public enum Grid {
    /// `count` evenly spaced values from `start` to `end` inclusive.
    public static func linear(from start: Double, to end: Double, count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [start] : [] }
        let step = (end - start) / Double(count - 1)
        return (0..<count).map { $0 == count - 1 ? end : start + Double($0) * step }
    }

    /// `count` log-spaced values from `start` to `end` inclusive (both must be positive).
    public static func logarithmic(from start: Double, to end: Double, count: Int) -> [Double] {
        guard start > 0, end > 0 else { return [] }
        return linear(from: start.logarithm, to: end.logarithm, count: count).enumerated().map {
            $0.offset == 0 ? start : ($0.offset == count - 1 ? end : $0.element.exponential)
        }
    }
}

extension Double {
    var logarithm: Double { Foundationless.log(self) }
    var exponential: Double { Foundationless.exp(self) }
}
