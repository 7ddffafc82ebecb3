import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import SparseData

/// A truncated, a corrupted and an empty copy of the real frappe file's head fail with one line
/// naming the file and the damaged line; the undamaged head loads, so the failure is the damage's.
@Test(arguments: ["truncated", "corrupted", "empty"])
func damagedFrappeCopiesNameTheFileAndLine(kind: String) throws {
    let source = PaperData.root.appendingPathComponent("datasets/frappe/test.libsvm")
    try #require(FileManager.default.fileExists(atPath: source.path), "frappe test split missing at \(source.path) (run `make data`)")
    let head = try String(contentsOf: source, encoding: .utf8)
        .split(separator: "\n", maxSplits: 12, omittingEmptySubsequences: false).prefix(12).map(String.init)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("libsvm-damaged-\(UInt64.random(in: 0...UInt64.max))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let intact = folder.appendingPathComponent("intact.libsvm")
    try (head.joined(separator: "\n") + "\n").write(to: intact, atomically: true, encoding: .utf8)
    #expect(try LibSVMDataset(path: intact.path).count == 12)

    var lines = head
    let line: Int
    switch kind {
    case "truncated":   // three whole rows, the fourth cut before its last pair
        let fourth = lines[3]
        lines = Array(lines.prefix(3)) + [String(fourth[..<(fourth.lastIndex(of: " ") ?? fourth.endIndex)])]
        line = 4
    case "corrupted":   // a NUL byte after the second row's label
        lines[1] = lines[1].replacingOccurrences(of: " ", with: " \u{0}", range: lines[1].range(of: " "))
        lines = lines.map { $0 + "\n" }
        line = 2
    default:
        lines = []
        line = 1
    }
    let damaged = folder.appendingPathComponent("\(kind).libsvm")
    try Data(lines.joined(separator: kind == "corrupted" ? "" : "\n").utf8).write(to: damaged)
    do {
        _ = try LibSVMDataset(path: damaged.path)
        Issue.record("the \(kind) copy loaded without an error")
    } catch {
        #expect(error.file == damaged.path && error.place == "line \(line)", "\(error)")
        #expect(!error.description.contains("\n") && error.description.hasPrefix("\(damaged.path), line \(line): "), "\(error)")
    }
}
