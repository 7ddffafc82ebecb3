import Foundation
import Testing
@testable import Datasets

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
    ("1 3:1\n0 2:nan\n", 2, "feature '2:nan' has a value that is not finite"),
])
func reportsMalformedLines(text: String, line: Int, reason: String) throws {
    let path = try temporaryFile(text, name: "bad")
    #expect(throws: LibSVMError(file: path, line: line, reason: reason)) {
        try LibSVMDataset(path: path)
    }
    let message = LibSVMError(file: path, line: line, reason: reason).description
    #expect(message == "\(path):\(line): \(reason)")
    #expect(!message.contains("\n"))
}

@Test func reportsMissingAndEmptyFiles() throws {
    #expect(throws: LibSVMError.self) { try LibSVMDataset(path: "/nonexistent/x.libsvm") }
    let empty = try temporaryFile("\n\n", name: "empty")
    #expect(throws: LibSVMError(file: empty, line: 0, reason: "no rows")) { try LibSVMDataset(path: empty) }
}

@Test func enforcesRequestedFieldCount() throws {
    let path = try temporaryFile("1 3:1 4:1\n")
    #expect(throws: LibSVMError(file: path, line: 1, reason: "expected 3 id:value pairs, found 2")) {
        try LibSVMDataset(path: path, fields: 3)
    }
}

@Test func loadsRealFrappeWhenPresent() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/data/datasets/frappe/test.libsvm").standardized.path
    guard FileManager.default.fileExists(atPath: path) else { return }
    let data = try LibSVMDataset(path: path)
    #expect(data.count == 28_860)
    #expect(data.fields == 10)
    #expect(data.maxFeatureID < 5500)
}
