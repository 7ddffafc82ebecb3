import Foundation

/// How a column shows its numbers. Output is locale-independent.
public enum NumberFormat: Sendable, Equatable {
    /// Fixed-point with `digits` decimals: `0.917`.
    case fixed(digits: Int)
    /// A fraction shown as a percentage with `digits` decimals: 0.917 → `91.7%`.
    case percent(digits: Int)
    /// Rounded to an integer with thousands separators: 12345.6 → `12,346`.
    case integer
    /// Scientific notation with `digits` decimals in the mantissa: `8.09e-05`.
    case scientific(digits: Int)

    /// The text of `value` in this format; `n/a` for NaN and `inf`/`-inf` for infinities.
    public func string(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value < 0 ? "-inf" : "inf") }
        let text: String
        switch self {
        case let .fixed(digits):
            text = String(format: "%.\(max(0, digits))f", value)
        case let .percent(digits):
            text = String(format: "%.\(max(0, digits))f", value * 100) + "%"
        case let .scientific(digits):
            text = String(format: "%.\(max(0, digits))e", value)
        case .integer:
            text = Self.groupingThousands(String(format: "%.0f", value))
        }
        // Never show a negative zero such as "-0.000".
        if text.hasPrefix("-") && !text.contains(where: { "123456789".contains($0) }) {
            return String(text.dropFirst())
        }
        return text
    }

    /// Inserts a comma every three digits of an optionally signed digit string.
    private static func groupingThousands(_ digits: String) -> String {
        let sign = digits.hasPrefix("-") ? "-" : ""
        let body = Array(digits.dropFirst(sign.count))
        var grouped: [Character] = []
        for (offset, character) in body.enumerated() {
            if offset > 0 && (body.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return sign + String(grouped)
    }

    /// The number a shown string stands for, so highlighting compares what readers see.
    static func shownValue(_ text: String) -> Double? {
        Double(text.filter { $0 != "," && $0 != "%" })
    }
}
