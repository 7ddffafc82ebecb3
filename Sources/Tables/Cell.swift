/// One value in a table body.
///
/// Numbers are stored raw and formatted by their column's ``NumberFormat``
/// when the table is rendered. Literals build cells directly:
/// `"A100"` is text, `0.917` and `42` are numbers.
public enum Cell: Sendable, Equatable, ExpressibleByStringLiteral,
    ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral
{
    /// Free text, shown as is (escaped per output format).
    case text(String)
    /// A number, formatted by the column.
    case number(Double)
    /// A mean with its standard deviation, shown as `mean ± std`, both formatted by the column.
    case numberWithStd(Double, std: Double)
    /// An empty cell.
    case empty

    public init(stringLiteral value: String) { self = .text(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }

    /// The number compared when highlighting the best value, if the cell has one.
    var value: Double? {
        switch self {
        case let .number(value), let .numberWithStd(value, _): return value
        case .text, .empty: return nil
        }
    }
}
