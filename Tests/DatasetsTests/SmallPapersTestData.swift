import Foundation
import TestSupport

@testable import Datasets

/// Locates the data of the smaller papers for tests (same order as Harness's `DataRoot`).
enum SmallPapersTestData {
    static let root = PaperData.root

    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    static func has(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    /// The message of the error `body` throws, or nil.
    static func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// The first `count` lines of `text` with the last cut in half (a truncated line).
    static func truncated(_ text: String, lines count: Int) -> Data {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(count).map(String.init)
        if let last = lines.popLast() { lines.append(String(last.prefix(last.count / 2))) }
        return Data(lines.joined(separator: "\n").utf8)
    }
}
