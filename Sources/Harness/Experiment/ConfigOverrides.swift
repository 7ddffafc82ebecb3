import Foundation

/// Canonical JSON of configs and `--set key=value` overrides.
public enum ConfigCoding {
    /// The canonical JSON of a config: sorted keys, no whitespace. Two configs
    /// that are equal give the same text whatever order their keys were written in.
    public static func canonicalJSON<C: Encodable>(_ config: C) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(config), as: UTF8.self)
    }

    /// Pretty JSON with sorted keys, for people.
    public static func prettyJSON<C: Encodable>(_ config: C) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(config), as: UTF8.self)
    }

    /// Applies `key=value` overrides to `defaults`.
    ///
    /// Keys may be dotted paths into nested objects (`search.population=50`).
    /// The value is parsed as JSON when it can be (numbers, booleans, arrays,
    /// quoted strings), else taken as a string. An unknown key throws an error that lists
    /// the valid keys; a value of the wrong type, one that says what the key takes. A number
    /// (or each number of an array) must be finite and within `ranges[key]`, else the range of
    /// ``defaultRange(forDefault:)``; the error names the key, the value and the range. A key
    /// in `nonEmpty` may not be set to an empty list, and a list of names may not repeat one.
    public static func apply<C: ExperimentConfig>(
        _ overrides: [String], to defaults: C, ranges: [String: ClosedRange<Double>] = [:], nonEmpty: Set<String> = []
    ) throws -> C {
        var config = defaults
        guard !overrides.isEmpty else { return config }
        let encoded = try JSONEncoder().encode(config)
        guard var object = try JSONSerialization.jsonObject(with: encoded) as? [String: Any] else {
            throw HarnessError.badOverride("this experiment's config is not a JSON object; it takes no --set")
        }
        let validKeys = leafKeys(of: object).sorted()
        for override in overrides {
            guard let equals = override.firstIndex(of: "=") else {
                throw HarnessError.badOverride(
                    "--set \(override): expected key=value; valid keys: \(validKeys.joined(separator: ", "))")
            }
            let key = String(override[..<equals]).trimmingCharacters(in: .whitespaces)
            let text = String(override[override.index(after: equals)...])
            guard validKeys.contains(key) || validKeys.contains(where: { $0.hasPrefix(key + ".") }) else {
                throw HarnessError.badOverride(
                    "--set \(key): unknown key; valid keys: \(validKeys.joined(separator: ", "))")
            }
            let path = key.split(separator: ".").map(String.init)
            let value = parseValue(text)
            try checkRange(value, text: text, key: key, current: leafValue(at: path, in: object), ranges: ranges)
            if nonEmpty.contains(key), let list = value as? [Any], list.isEmpty {
                throw HarnessError.badOverride("--set \(key)=\(text): needs at least one entry")
            }
            if let names = value as? [String], let repeated = firstRepeated(names) {
                throw HarnessError.badOverride("--set \(key)=\(text): '\(repeated)' is named twice; name each once")
            }
            object = setting(value, at: path, in: object)
            // Decoded after each override, so a refusal names the override that caused it.
            do {
                config = try JSONDecoder().decode(C.self, from: JSONSerialization.data(withJSONObject: object))
            } catch {
                throw HarnessError.badOverride("--set \(key)=\(text): " + describeRejected(error, key: key, value: value))
            }
        }
        return config
    }

    /// The first name `names` holds twice: a list of names (datasets, devices, targets) names
    /// each panel, row or number of a run once.
    private static func firstRepeated(_ names: [String]) -> String? {
        var seen: Set<String> = []
        return names.first { !seen.insert($0).inserted }
    }

    /// What the config's type wanted at `key` instead of `value`.
    private static func describeRejected(_ error: Error, key: String, value: Any) -> String {
        switch error as? DecodingError {
        case let .typeMismatch(type, _)?:
            switch String(describing: type) {
            case "Bool": return "expected true or false"
            case "Int", "UInt64", "Int64", "UInt", "UInt32", "Int32": return "expected a whole number"
            case "Double", "Float": return "expected a number"
            case "String": return "expected text (quote a value that reads as a number or list: \(key)='\"1\"')"
            case let name where name.hasPrefix("Array"): return "expected a JSON list, e.g. [1, 2] or [\"a\", \"b\"]"
            default: return "expected a value of type \(type)"
            }
        case let .dataCorrupted(context)? where !context.codingPath.isEmpty:
            return context.debugDescription
        default:
            if let number = value as? NSNumber, number.doubleValue != number.doubleValue.rounded() {
                return "expected a whole number"
            }
            return describeDecodingError(error)
        }
    }

    /// The dotted paths of every leaf value of a JSON object.
    static func leafKeys(of object: [String: Any], prefix: String = "") -> [String] {
        object.flatMap { key, value -> [String] in
            let path = prefix.isEmpty ? key : "\(prefix).\(key)"
            if let nested = value as? [String: Any], !nested.isEmpty {
                return leafKeys(of: nested, prefix: path)
            }
            return [path]
        }
    }

    /// The largest integer every numeric type of a config holds exactly (2^53).
    public static let largestExactInteger = 9_007_199_254_740_992.0

    /// The range of a count that must be at least one (runs, seeds, evaluations, bins).
    public static let atLeastOne: ClosedRange<Double> = 1...largestExactInteger

    /// The range a `--set` number must fall in when the experiment names none: the sign of
    /// the default is kept (a count or seed that defaults to 0 or more stays 0 or more), and
    /// magnitudes stop at 2^53, where integers stop being exact and counts stop being feasible.
    public static func defaultRange(forDefault value: Double) -> ClosedRange<Double> {
        value >= 0 ? 0...largestExactInteger : -largestExactInteger...largestExactInteger
    }

    private static func checkRange(
        _ value: Any, text: String, key: String, current: Any?, ranges: [String: ClosedRange<Double>]
    ) throws {
        let given = numbers(in: value)
        let defaults = numbers(in: current)
        let isNumeric = !defaults.isEmpty || ranges[key] != nil
        let textNumber = Double(text.trimmingCharacters(in: .whitespaces))
        if given.contains(where: { !$0.isFinite }) || (isNumeric && given.isEmpty && textNumber.map { !$0.isFinite } == true) {
            throw HarnessError.badOverride("--set \(key)=\(text): not a finite number")
        }
        guard isNumeric else { return }
        let range = ranges[key] ?? defaultRange(forDefault: defaults.min() ?? 0)
        for number in given where !range.contains(number) {
            throw HarnessError.badOverride(
                "--set \(key)=\(text): out of range; valid range \(format(range.lowerBound))...\(format(range.upperBound))")
        }
    }

    /// The numbers of a JSON value: itself, or the elements of an array.
    private static func numbers(in value: Any?) -> [Double] {
        if let number = value as? NSNumber { return [number.doubleValue] }
        if let array = value as? [Any] { return array.flatMap { numbers(in: $0) } }
        return []
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) <= largestExactInteger ? String(Int64(value)) : String(value)
    }

    private static func leafValue(at path: [String], in object: [String: Any]) -> Any? {
        guard let head = path.first else { return nil }
        if path.count == 1 { return object[head] }
        return (object[head] as? [String: Any]).flatMap { leafValue(at: Array(path.dropFirst()), in: $0) }
    }

    private static func parseValue(_ text: String) -> Any {
        if let data = text.data(using: .utf8),
           let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
            return value
        }
        return text
    }

    private static func setting(_ value: Any, at path: [String], in object: [String: Any]) -> [String: Any] {
        var object = object
        guard let head = path.first else { return object }
        if path.count == 1 {
            object[head] = value
        } else {
            let nested = object[head] as? [String: Any] ?? [:]
            object[head] = setting(value, at: Array(path.dropFirst()), in: nested)
        }
        return object
    }
}
