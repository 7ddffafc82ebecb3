import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import SparseData

/// Writes `text` to a fresh temporary file and returns its path.
private func temporaryFile(_ text: String, name: String = "data") throws -> String {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("libsvm-\(name)-\(UInt64.random(in: 0...UInt64.max)).libsvm")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}

@Test func loadsRowsWithFixedFields() throws {
    let path = try temporaryFile("1 3:1 7:0.5\n\n0 2:1 9:-2.25\r\n# comment\n-1 0:1e-1 4:1\n")
    let data = try LibSVMDataset(path: path)
    #expect(data.count == 3)
    #expect(data.fields == 2)
    #expect(data.labels == [1, 0, -1])
    #expect(data.featureIDs == [3, 7, 2, 9, 0, 4])
    #expect(data.featureValues == [1, 0.5, 1, -2.25, 0.1, 1])
    #expect(data.maxFeatureID == 9)
    #expect(data.isPositive(0) && !data.isPositive(2))
    #expect(data.rows([2, 0]).featureIDs == [0, 4, 3, 7])
    #expect(data.rows(in: 1..<3).labels == [0, -1])
}

@Test func streamsRowsAndCountsLines() throws {
    let path = try temporaryFile("1 1:1\n\n0 2:3\n")
    let reader = try LibSVMReader(path: path)
    #expect(try reader.next() == LibSVMRow(label: 1, featureIDs: [1], featureValues: [1]))
    #expect(reader.lineNumber == 1)
    #expect(try reader.next() == LibSVMRow(label: 0, featureIDs: [2], featureValues: [3]))
    #expect(reader.lineNumber == 3)
    #expect(try reader.next() == nil)
}

@Test(arguments: [
    ("1 3:1\nx 2:1\n", 2, "label 'x' is not a number"),
    ("1 3:1\n1 2-1\n", 2, "feature '2-1' is not of the form id:value"),
    ("1 3:1\n1 2:abc\n", 2, "feature '2:abc' has a value that is not a number"),
    ("1 3:1\n1 -2:1\n", 2, "feature '-2:1' does not start with a non-negative integer id"),
    ("1 3:1 4:1\n0 2:1\n", 2, "expected 2 id:value pairs, found 1"),
    ("1 3:1\n0 2:1x\n", 2, "feature '2:1x' has a value that is not a number"),
    ("1 3:1\n0 2:nan\n", 2, "feature '2:nan' has a value that is not a finite Float"),
    ("1 3:1\n0 2:1e39\n", 2, "feature '2:1e39' has a value that is not a finite Float"),
    ("1 3:1\n0 2:-4e38\n", 2, "feature '2:-4e38' has a value that is not a finite Float"),
    ("1 3:1\n1e39 2:1\n", 2, "label '1e39' is not a finite Float"),
    ("1 3:1\n0 2:1\u{0} 4:1\n", 2, "NUL byte at column 6"),
    ("1 3:1\n\u{0}\n", 2, "NUL byte at column 1"),
])
func reportsMalformedLines(text: String, line: Int, reason: String) throws {
    let path = try temporaryFile(text, name: "bad")
    #expect(throws: LoadError(file: path, line: line, reason: reason)) {
        try LibSVMDataset(path: path)
    }
    let message = LoadError(file: path, line: line, reason: reason).description
    #expect(message == "\(path), line \(line): \(reason)")
    #expect(!message.contains("\n"))
}

@Test func reportsMissingAndEmptyFiles() throws {
    #expect(throws: LoadError.self) { try LibSVMDataset(path: "/nonexistent/x.libsvm") }
    let empty = try temporaryFile("\n\n", name: "empty")
    #expect(throws: LoadError(file: empty, line: 3, reason: "no rows before the end of the file")) {
        try LibSVMDataset(path: empty)
    }
}

/// A read error (here: the path is a folder, so `getline` fails with EISDIR) is an error
/// naming the file and line, not a silent end of file.
@Test func reportsReadErrorsInsteadOfEndOfFile() throws {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("libsvm-folder-\(UInt64.random(in: 0...UInt64.max))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let reader = try LibSVMReader(path: folder.path)
    do {
        _ = try reader.next()
        Issue.record("reading a folder returned instead of throwing")
    } catch {
        #expect(error.place == "line 1")
        #expect(error.reason.hasPrefix("read error"), "\(error)")
        #expect(error.description.hasPrefix("\(folder.path), line 1: read error"))
    }
}

/// A value that fits a Double but not a Float was stored as infinity before.
@Test func rejectsValuesThatOverflowFloat() throws {
    let path = try temporaryFile("1 3:3.4e38\n0 3:3.5e38\n")
    #expect(throws: LoadError(file: path, line: 2, reason: "feature '3:3.5e38' has a value that is not a finite Float")) {
        try LibSVMDataset(path: path)
    }
}

@Test func enforcesRequestedFieldCount() throws {
    let path = try temporaryFile("1 3:1 4:1\n")
    #expect(throws: LoadError(file: path, line: 1, reason: "expected 3 id:value pairs, found 2")) {
        try LibSVMDataset(path: path, fields: 3)
    }
}

/// The real frappe test split, from the data root the other tests use; missing data fails.
@Test func loadsRealFrappe() throws {
    let url = PaperData.root.appendingPathComponent("datasets/frappe/test.libsvm")
    try #require(FileManager.default.fileExists(atPath: url.path), "frappe test split missing at \(url.path) (run `make data`)")
    let data = try LibSVMDataset(path: url.path)
    #expect(data.count == 28_860)
    #expect(data.fields == 10)
    #expect(data.maxFeatureID < 5500)
}
