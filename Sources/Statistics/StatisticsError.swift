/// An input a statistic cannot be computed from.
///
/// Every case describes itself in one line that names the function, the
/// position of the offending value and the reason.
public enum StatisticsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Two paired samples have different lengths.
    case lengthMismatch(function: String, first: Int, second: Int)
    /// A sample has fewer values than the statistic needs.
    case tooFewValues(function: String, needed: Int, got: Int)
    /// A value is NaN or infinite.
    case nonFinite(function: String, argument: String, index: Int)
    /// A value is negative where only non-negative values make sense.
    case negative(function: String, argument: String, index: Int)
    /// A parameter is outside its valid range.
    case invalidParameter(function: String, reason: String)

    public var description: String {
        switch self {
        case let .lengthMismatch(function, first, second):
            return "\(function): paired samples differ in length (\(first) vs \(second))"
        case let .tooFewValues(function, needed, got):
            return "\(function): needs at least \(needed) values, got \(got)"
        case let .nonFinite(function, argument, index):
            return "\(function): \(argument)[\(index)] is not finite (NaN or infinity)"
        case let .negative(function, argument, index):
            return "\(function): \(argument)[\(index)] is negative"
        case let .invalidParameter(function, reason):
            return "\(function): \(reason)"
        }
    }
}
