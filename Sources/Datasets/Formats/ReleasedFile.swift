import Diagnostics
import Foundation

/// Reading helpers shared by the loaders of the smaller papers: whole files, JSON
/// documents, JSON lines and CSV, all failing with a one-line ``LoadError``.
enum ReleasedFile {
    /// The bytes of `url`, or an error naming the file and how to get the data.
    static func read(_ url: URL) throws(LoadError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw LoadError(
                file: url.path, reason: "cannot read file (run `make data` or set REPRO_DATA)")
        }
    }

    /// Decodes one JSON document.
    static func document<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws(LoadError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw LoadError(file: file, line: lineOfFailure(in: data, error: error), decoding: error)
        }
    }

    /// Decodes the object under the top-level key `field` of a JSON document (a value per
    /// name; other top-level keys are ignored), then checks each value in name order.
    static func namedValues<T: Decodable>(
        _ type: T.Type, under field: String, from data: Data, file: String,
        check: (_ name: String, _ value: T) throws(LoadError) -> Void
    ) throws(LoadError) -> [String: T] {
        let decoder = JSONDecoder()
        decoder.userInfo[NamedValues<T>.fieldKey] = field
        let values: [String: T]
        do {
            values = try decoder.decode(NamedValues<T>.self, from: data).values
        } catch {
            throw LoadError(file: file, line: lineOfFailure(in: data, error: error), decoding: error)
        }
        for name in values.keys.sorted() {
            if let value = values[name] { try check(name, value) }
        }
        return values
    }

    /// Decodes one value per non-empty line; a trailing empty line is allowed.
    static func jsonLines<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws(LoadError) -> [T] {
        let decoder = JSONDecoder()
        var values: [T] = []
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let line = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                if index == lines.count - 1 { continue }
                throw LoadError(file: file, line: index + 1, reason: "empty line")
            }
            do {
                values.append(try decoder.decode(T.self, from: Data(line)))
            } catch {
                throw LoadError(file: file, line: index + 1, decoding: error)
            }
        }
        if values.isEmpty { throw LoadError(file: file, line: lines.count, reason: "no records") }
        return values
    }

    /// For a whole-document failure, the 1-based line where parsing stopped (the last line,
    /// for a truncated document); nil when the error names a key path instead.
    private static func lineOfFailure(in data: Data, error: Error) -> Int? {
        guard case DecodingError.dataCorrupted(let context) = error, context.codingPath.isEmpty else { return nil }
        return JSONFailureLine.line(in: data, error: error)
    }
}

/// The object under one top-level key of a JSON document; the key is passed in the
/// decoder's user info so one type serves every file.
private struct NamedValues<T: Decodable>: Decodable {
    static var fieldKey: CodingUserInfoKey { CodingUserInfoKey(rawValue: "repro.namedValues.field")! }

    let values: [String: T]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        let field = decoder.userInfo[Self.fieldKey] as? String ?? ""
        let container = try decoder.container(keyedBy: Key.self)
        values = try container.decode([String: T].self, forKey: Key(stringValue: field))
    }
}
