import Diagnostics

/// The one number check every text loader in this module shares: a field must parse as a
/// number and be finite. `Double("nan")`, `Double("inf")` and `Double("1e999")` all parse,
/// so parsing alone lets NaN and infinity into the data.
enum FiniteNumber {
    /// `text` as a finite number, or nil when it is not a number or is NaN or ±infinity.
    static func parse(_ text: some StringProtocol) -> Double? {
        guard let value = Double(text) else { return nil }
        return finite(value)
    }

    /// `value` when it is finite, else nil.
    static func finite(_ value: Double) -> Double? {
        value.isFinite ? value : nil
    }

    /// `value` narrowed to `Float`, or nil when it is not finite there (overflow).
    static func finiteFloat(_ value: Double) -> Float? {
        let narrowed = Float(value)
        return narrowed.isFinite ? narrowed : nil
    }
}

extension LoadError {
    /// The finite number in `text`, or an error naming `file`, `line` and `key`:
    /// "not a number" for text that does not parse, "not a finite number" for NaN and ±infinity.
    static func finiteNumber(
        _ text: some StringProtocol, file: String, line: Int?, key: String?
    ) throws(LoadError) -> Double {
        guard let value = Double(text) else {
            throw LoadError(file: file, line: line, key: key, reason: "not a number: '\(text)'")
        }
        guard let finite = FiniteNumber.finite(value) else {
            throw LoadError(file: file, line: line, key: key, reason: "not a finite number: '\(text)'")
        }
        return finite
    }
}
