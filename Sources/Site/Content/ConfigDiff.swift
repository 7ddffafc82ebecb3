import Foundation

/// A config as the page shows it: pretty JSON and, per leaf key, the value against its default.
struct ConfigDiff: Sendable, Equatable {
    /// One leaf of the config.
    struct Row: Sendable, Equatable {
        /// Dotted path, e.g. `model.layers` or `seeds[2]`.
        var key: String
        /// The value used, as compact JSON; nil when only the default has the key.
        var value: String?
        /// The default value, as compact JSON; nil when the default lacks the key.
        var defaultValue: String?
        /// Whether the value differs from the default.
        var differs: Bool { value != defaultValue }
    }

    /// The used config, pretty-printed with sorted keys; the raw text if it is not JSON.
    var pretty: String
    /// Whether the used config parsed as JSON.
    var isValidJSON: Bool
    /// The default config, pretty-printed; nil when none was given.
    var prettyDefault: String?
    /// Every leaf key of either config, sorted.
    var rows: [Row]

    /// The rows whose value differs from the default (empty when no default is given).
    var differing: [Row] { prettyDefault == nil ? [] : rows.filter(\.differs) }

    /// Compares `config` with `defaults`, both JSON text.
    init(config: String, defaults: String?) {
        let used = Self.parse(config)
        let base = defaults.flatMap(Self.parse)
        isValidJSON = used != nil
        pretty = used.map(Self.prettyText) ?? config
        prettyDefault = base.map(Self.prettyText) ?? defaults
        var usedLeaves: [String: String] = [:]
        var baseLeaves: [String: String] = [:]
        if let used { Self.flatten(used, prefix: "", into: &usedLeaves) }
        if let base { Self.flatten(base, prefix: "", into: &baseLeaves) }
        let keys = Set(usedLeaves.keys).union(baseLeaves.keys).sorted()
        rows = keys.map { Row(key: $0, value: usedLeaves[$0], defaultValue: base == nil ? usedLeaves[$0] : baseLeaves[$0]) }
    }

    private static func parse(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    private static func prettyText(_ object: Any) -> String {
        let options: JSONSerialization.WritingOptions = [
            .prettyPrinted, .sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: options) else {
            return String(describing: object)
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func compact(_ object: Any) -> String {
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: options) else {
            return String(describing: object)
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func flatten(_ object: Any, prefix: String, into leaves: inout [String: String]) {
        if let dictionary = object as? [String: Any], !dictionary.isEmpty {
            for key in dictionary.keys.sorted() {
                guard let value = dictionary[key] else { continue }
                flatten(value, prefix: prefix.isEmpty ? key : "\(prefix).\(key)", into: &leaves)
            }
        } else {
            leaves[prefix.isEmpty ? "(value)" : prefix] = compact(object)
        }
    }
}
