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

    /// Applies `key=value` overrides to `config`.
    ///
    /// Keys may be dotted paths into nested objects (`search.population=50`).
    /// The value is parsed as JSON when it can be (numbers, booleans, arrays,
    /// quoted strings), else taken as a string. An unknown key, or a value of
    /// the wrong type, throws an error that lists the valid keys.
    public static func apply<C: ExperimentConfig>(_ overrides: [String], to config: C) throws -> C {
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
            let value = parseValue(text)
            object = setting(value, at: key.split(separator: ".").map(String.init), in: object)
        }
        let data = try JSONSerialization.data(withJSONObject: object)
        do {
            return try JSONDecoder().decode(C.self, from: data)
        } catch {
            throw HarnessError.badOverride(
                "--set: \(describeDecodingError(error)); valid keys: \(validKeys.joined(separator: ", "))")
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
