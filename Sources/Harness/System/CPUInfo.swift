import Foundation

/// What `/proc/cpuinfo` says of the first processor: its model name and instruction-set flags.
///
/// Both are empty where the file does not exist (other systems) or lacks the line.
public struct CPUInfo: Sendable, Equatable {
    /// The `model name` line's value, e.g. `AMD EPYC`.
    public var modelName: String?
    /// The words of the `flags` line, e.g. `avx2`, `fma`.
    public var flags: Set<String>

    /// Reads the first `model name` and `flags` lines of `text` (the format of `/proc/cpuinfo`).
    public init(text: String) {
        let lines = text.split(separator: "\n")
        func value(_ key: String) -> Substring? {
            lines.first { $0.hasPrefix(key) }?.split(separator: ":", maxSplits: 1).dropFirst().first
        }
        modelName = value("model name").map { $0.trimmingCharacters(in: .whitespaces) }
        flags = Set((value("flags") ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init))
    }

    /// This machine's, from `path`.
    public static func read(_ path: String = "/proc/cpuinfo") -> CPUInfo {
        CPUInfo(text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
    }
}
