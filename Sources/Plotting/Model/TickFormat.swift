/// How tick values are written.
public enum TickFormat: Sendable, Hashable {
    /// Plain numbers on linear axes, powers of ten (10³) on log axes.
    case automatic
    /// Plain decimal numbers with as many digits as the tick step needs (`0.25`, `1500`);
    /// very large or small magnitudes switch to `2×10⁶`.
    case plain
    /// SI suffixes: `1.5k`, `20M`, `3G`, `500m`, `2µ`.
    case si
    /// Fractions written as percentages: `0.25` → `25%`.
    case percent
    /// Powers of ten written as `10ⁿ` (other values as `2×10³`).
    case power
    /// A fixed number of decimals.
    case decimals(Int)
}
