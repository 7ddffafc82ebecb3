import Diagnostics
import Foundation

/// A parsed JSON value with the file and key path it came from, so every type error
/// becomes a one-line ``LoadError``.
struct JSONNode {
    let file: String
    let path: String
    let value: Any

    /// Parses the file at `url`.
    static func load(_ url: URL) throws -> JSONNode {
        let name = url.lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LoadError(file: name, reason: "cannot read the file (\(error.localizedDescription))")
        }
        return try parse(data, file: name)
    }

    /// Parses `data`, naming `file` in errors.
    static func parse(_ data: Data, file: String) throws -> JSONNode {
        do {
            let value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return JSONNode(file: file, path: "", value: value)
        } catch {
            let text = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)"
            throw LoadError(file: file, line: JSONFailureLine.line(in: data, error: error), reason: "not valid JSON: \(text)")
        }
    }

    func error(_ reason: String) -> LoadError {
        LoadError(file: file, key: path.isEmpty ? nil : path, reason: reason)
    }

    private func child(_ component: String, _ value: Any) -> JSONNode {
        let joined = component.hasPrefix("[") || path.isEmpty ? path + component : path + "." + component
        return JSONNode(file: file, path: joined, value: value)
    }

    /// The object's members, sorted by key.
    func members() throws -> [(key: String, node: JSONNode)] {
        guard let object = value as? [String: Any] else { throw error("expected an object") }
        return object.keys.sorted().map { key in (key, child(key, object[key] as Any)) }
    }

    /// The member `key`; throws when absent.
    func member(_ key: String) throws -> JSONNode {
        guard let object = value as? [String: Any] else { throw error("expected an object") }
        guard let found = object[key] else { throw error("missing key '\(key)'") }
        return child(key, found)
    }

    /// Whether the object has a member `key`.
    func has(_ key: String) -> Bool { (value as? [String: Any])?[key] != nil }

    /// The array's elements.
    func elements() throws -> [JSONNode] {
        guard let array = value as? [Any] else { throw error("expected an array") }
        return array.enumerated().map { child("[\($0.offset)]", $0.element) }
    }

    /// The value as a finite number.
    func number() throws -> Double {
        guard let number = value as? NSNumber else { throw error("expected a number") }
        guard let finite = FiniteNumber.finite(number.doubleValue) else { throw error("number is not finite") }
        return finite
    }

    /// The value as a string.
    func string() throws -> String {
        guard let text = value as? String else { throw error("expected a string") }
        return text
    }

    /// An array of numbers.
    func numbers() throws -> [Double] { try elements().map { try $0.number() } }

    /// An array of arrays of numbers (rows may differ in length).
    func numberRows() throws -> [[Double]] { try elements().map { try $0.numbers() } }
}
