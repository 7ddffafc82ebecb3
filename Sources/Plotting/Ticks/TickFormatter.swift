import Foundation

/// Writes tick values as short labels.
public enum TickFormatter {
    /// Labels for `ticks` under `format` on an axis of `scale`.
    public static func labels(for ticks: TickSet, format: TickFormat, scale: AxisScale) -> [String] {
        let values = ticks.major
        switch format {
        case .automatic:
            if scale == .log10 && values.allSatisfy(isPowerOfTen) {
                return values.map(power)
            }
            return labels(for: ticks, format: .plain, scale: scale)
        case .plain:
            if scale == .log10 { return values.map { trimmed($0, maxDecimals: 12) } }
            let maxAbs = values.map(abs).max() ?? 0
            if maxAbs >= 1e6 || (maxAbs > 0 && maxAbs < 1e-3) { return values.map(power) }
            let decimals = decimalsFor(step: ticks.step)
            return values.map { fixed($0, decimals: decimals) }
        case .si:
            return si(values, step: scale == .log10 ? 0 : ticks.step)
        case .percent:
            if scale == .log10 { return values.map { trimmed($0 * 100, maxDecimals: 10) + "%" } }
            let decimals = decimalsFor(step: ticks.step * 100)
            return values.map { fixed($0 * 100, decimals: decimals) + "%" }
        case .power:
            return values.map(power)
        case .decimals(let n):
            return values.map { fixed($0, decimals: max(0, n)) }
        }
    }

    /// Formats one value alone (cell labels, annotations) under `format`.
    public static func label(_ value: Double, format: TickFormat) -> String {
        switch format {
        case .decimals(let n): return fixed(value, decimals: max(0, n))
        case .percent: return trimmed(value * 100, maxDecimals: 1) + "%"
        case .si: return si([value], step: 0).first ?? ""
        case .power: return power(value)
        case .automatic, .plain:
            return abs(value) >= 1e6 || (value != 0 && abs(value) < 1e-3)
                ? power(value) : trimmed(value, maxDecimals: 3)
        }
    }

    /// Digits after the point needed to tell ticks `step` apart.
    static func decimalsFor(step: Double) -> Int {
        guard step > 0, step.isFinite else { return 0 }
        for d in 0...12 {
            let scaled = step * pow(10, Double(d))
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { return d }
        }
        return 12
    }

    /// `value` with exactly `decimals` digits after the point, a Unicode minus, and no "-0".
    static func fixed(_ value: Double, decimals: Int) -> String {
        var s = String(format: "%.\(min(decimals, 20))f", value)
        if s.hasPrefix("-") {
            let digits = s.dropFirst()
            s = digits.allSatisfy { $0 == "0" || $0 == "." } ? String(digits) : "\u{2212}" + digits
        }
        return s
    }

    /// `value` with at most `maxDecimals` digits, trailing zeros removed.
    static func trimmed(_ value: Double, maxDecimals: Int) -> String {
        var s = fixed(value, decimals: maxDecimals)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }

    static func isPowerOfTen(_ v: Double) -> Bool {
        guard v > 0 else { return false }
        let e = Foundation.log10(v)
        return abs(e - e.rounded()) < 1e-9
    }

    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸",
        "9": "⁹", "-": "⁻",
    ]

    /// `10ⁿ` for powers of ten, `m×10ⁿ` otherwise, `0` for zero.
    static func power(_ v: Double) -> String {
        guard v != 0, v.isFinite else { return v == 0 ? "0" : "\(v)" }
        let logarithm = Foundation.log10(abs(v))
        let e = Int(isPowerOfTen(abs(v)) ? logarithm.rounded() : logarithm.rounded(.down))
        let exponent = String(String(e).compactMap { superscripts[$0] })
        let mantissa = v / pow(10, Double(e))
        let sign = v < 0 ? "\u{2212}" : ""
        if abs(abs(mantissa) - 1) < 1e-9 { return sign + "10" + exponent }
        return sign + trimmed(abs(mantissa), maxDecimals: 2) + "×10" + exponent
    }

    static let prefixes: [Int: String] = [
        -12: "p", -9: "n", -6: "µ", -3: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P",
    ]

    /// SI-suffixed labels sharing one prefix chosen from the largest magnitude.
    static func si(_ values: [Double], step: Double) -> [String] {
        let maxAbs = values.map(abs).filter(\.isFinite).max() ?? 0
        return values.map { v in
            let magnitude = step == 0 ? abs(v) : maxAbs
            guard magnitude > 0 else { return "0" }
            let group = min(15, max(-12, Int((Foundation.log10(magnitude) / 3).rounded(.down)) * 3))
            let scaled = v / pow(10, Double(group))
            let body = step == 0
                ? trimmed(scaled, maxDecimals: 2)
                : fixed(scaled, decimals: decimalsFor(step: step / pow(10, Double(group))))
            return v == 0 ? "0" : body + (prefixes[group] ?? "")
        }
    }
}
