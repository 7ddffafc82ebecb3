/// Config values that name one of a fixed set of choices: a device, a target, a panel.
///
/// Each refuses an unknown name with one line that names the key, the name and every valid
/// name, so a mistyped `--set` fails before anything runs:
///
/// ```swift
/// let device: AccelNASBench.Device = try ConfigChoice.named(config.device, key: "device", noun: "device")
/// // device: unknown device 'gpu'; expected one of a100, 3090, tpuv2, tpuv3, zcu102, vck190
/// ```
public enum ConfigChoice {
    /// The value `name` stands for, looked up by `lookup`; `valid` lists the names it knows.
    public static func named<Value>(
        _ name: String, key: String, noun: String, valid: [String], lookup: (String) -> Value?
    ) throws -> Value {
        guard let value = lookup(name) else {
            throw HarnessError.badOverride(
                "\(key): unknown \(noun) '\(name)'; expected one of \(valid.joined(separator: ", "))")
        }
        return value
    }

    /// The values `names` stand for, in order; the first unknown name throws.
    public static func named<Value>(
        _ names: [String], key: String, noun: String, valid: [String], lookup: (String) -> Value?
    ) throws -> [Value] {
        try names.map { try named($0, key: key, noun: noun, valid: valid, lookup: lookup) }
    }

    /// The case whose raw value is `name`; the valid names are every case's, in declaration order.
    public static func named<Value: RawRepresentable & CaseIterable>(
        _ name: String, key: String, noun: String
    ) throws -> Value where Value.RawValue == String {
        try named(name, key: key, noun: noun, valid: Value.allCases.map(\.rawValue), lookup: Value.init(rawValue:))
    }

    /// The cases whose raw values are `names`, in order; the first unknown name throws.
    public static func named<Value: RawRepresentable & CaseIterable>(
        _ names: [String], key: String, noun: String
    ) throws -> [Value] where Value.RawValue == String {
        try names.map { try named($0, key: key, noun: noun) }
    }
}
