import Diagnostics

/// An input a statistic cannot be computed from.
///
/// Every case is one line that names the function, the position of the offending value and
/// the reason: `spearman: x[3] is not finite (NaN or infinity)`.
public enum StatisticsError: ReproError, Equatable {
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

    /// The function that failed.
    public var subject: String {
        switch self {
        case let .lengthMismatch(function, _, _), let .tooFewValues(function, _, _),
             let .nonFinite(function, _, _), let .negative(function, _, _),
             let .invalidParameter(function, _):
            return function
        }
    }

    public var reason: String {
        switch self {
        case let .lengthMismatch(_, first, second):
            return "paired samples differ in length (\(first) vs \(second))"
        case let .tooFewValues(_, needed, got):
            return "needs at least \(needed) values, got \(got)"
        case let .nonFinite(_, argument, index):
            return "\(argument)[\(index)] is not finite (NaN or infinity)"
        case let .negative(_, argument, index):
            return "\(argument)[\(index)] is negative"
        case let .invalidParameter(_, reason):
            return reason
        }
    }
}
