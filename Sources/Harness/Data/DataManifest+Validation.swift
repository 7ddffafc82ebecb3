import Foundation

extension DataManifest.File {
    /// What is wrong with this entry, nil when it is safe to fetch: a relative path that
    /// stays inside the data root, a 64-hex SHA-256, a size of 0 or more, and exactly one
    /// of `url` (https or file, not starting with `-`) and `derived`.
    public var problem: String? {
        if let problem = Self.pathProblem(path) { return problem }
        guard (url == nil) != (derived == nil) else { return "needs exactly one of `url` and `derived`" }
        guard sha256.count == 64, sha256.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
            return "has sha256 '\(sha256)': expected 64 lowercase hex digits"
        }
        guard bytes >= 0 else { return "has a negative size \(bytes)" }
        if let url, let problem = Self.urlProblem(url) { return problem }
        return nil
    }

    static func pathProblem(_ path: String) -> String? {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.isEmpty || path.hasPrefix("/") || path.hasPrefix("~") {
            return "is not a relative path inside the data root"
        }
        if components.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) {
            return "has an empty, `.` or `..` component: it must stay inside the data root"
        }
        if path.contains(where: { $0 == "\\" || $0 == "\0" || $0.isNewline }) || path.hasPrefix("-") {
            return "has a character a data path may not hold (backslash, NUL, newline or a leading -)"
        }
        return nil
    }

    static func urlProblem(_ address: String) -> String? {
        guard !address.hasPrefix("-"), !address.contains(where: { $0.isWhitespace || $0 == "\0" }),
              let parsed = URL(string: address), let scheme = parsed.scheme?.lowercased(),
              DataManifest.allowedSchemes.contains(scheme)
        else {
            return "has url '\(address)': expected an https:// or file:// URL"
        }
        if scheme == "https", (parsed.host ?? "").isEmpty { return "has url '\(address)' without a host" }
        return nil
    }
}
