import Datasets
import Diagnostics
import Foundation
import GraphRewrite
import Harness
import Numerics
import Plotting
import Registry
import Scaling
import Search
import Selection
import SparseData
import Statistics
import Surrogate
import Tables
import TabularStore
import Testing

/// Every engine's error is a ``ReproError``: the CLI prints it as its one line.
struct ErrorShapeTests {
    /// One error of each engine, thrown by the engine where that is cheap, with line breaks in
    /// some reasons to check that the line stays one line.
    static func samples() throws -> [(engine: String, error: any Error)] {
        var samples: [(engine: String, error: any Error)] = [
            ("Harness", HarnessError.malformedInput(path: "data.json", location: "files[0]", reason: "no url")),
            ("Harness", HarnessError.badOverride("this experiment's config is not a JSON object")),
            ("Statistics", StatisticsError.nonFinite(function: "spearman", argument: "x", index: 3)),
            ("Surrogate", SurrogateError.invalidModel("m.json", "tree 3:\nbad split")),
            ("Search", SearchError.missingRecord(key: "a-b", fidelity: 4)),
            ("Plotting", PlotError.invalidSize(width: 0, height: 0)),
            ("Tables", TableError.rowWidth(table: "t", group: 1, row: 2, expected: 4, got: 3)),
            ("Scaling", ScalingError.missingPredictor("x/block_3")),
            ("GraphRewrite", GraphError(node: 7, reason: "conv3x3: input 1\nmissing")),
            ("Selection", SelectionError("K–U grid", "no cell within the budget")),
            ("TabularStore", TabularStoreError("benchmark.sqlite", "no table 'curves'")),
            ("Datasets", LoadError(file: "lut.jsonl", line: 2, key: "stride", reason: "missing\nkey")),
        ]
        samples.append(("Numerics", caught { _ = try MLPArchitecture("128--32") }))
        samples.append(("SparseData", caught { _ = try LibSVMDataset(path: "/nonexistent/x.libsvm") }))
        samples.append(("Datasets", caught { _ = try AccelNASBench.Architecture(blocks: []) }))
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("shape-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty.appendingPathComponent("Orphan"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        samples.append(("Registry", caught { _ = try EngineCatalog.load(sources: empty) }))
        return samples
    }

    /// Stands in for the error a sample's body did not throw; it is no ReproError.
    struct NothingThrown: Error {}

    /// The error `body` throws, or ``NothingThrown``.
    static func caught(_ body: () throws -> Void) -> any Error {
        do { try body() } catch { return error }
        return NothingThrown()
    }

    @Test func everyEngineErrorIsAReproErrorOnOneLine() throws {
        let samples = try Self.samples()
        for (engine, error) in samples {
            let shaped = try #require(error as? any ReproError, "\(engine): \(type(of: error)) is not a ReproError")
            let breaks = shaped.line.filter(\.isNewline)
            #expect(breaks.isEmpty, "\(engine): \(shaped.line)")
            #expect(shaped.line.hasPrefix(shaped.subject), "\(engine): \(shaped.line)")
            #expect(shaped.line.hasSuffix(shaped.reason.split(whereSeparator: \.isNewline).joined(separator: " ")))
            #expect("\(error)" == shaped.line, "\(engine): description and line differ")
        }
        #expect(Set(samples.map(\.engine)).count == 14)
    }

    /// The lines the engines printed before the one shape are unchanged.
    @Test func engineLinesKeepTheirWording() throws {
        let lines = try Self.samples().compactMap { ($0.error as? any ReproError)?.line }
        #expect(lines.contains("data.json:files[0]: no url"))
        #expect(lines.contains("--set: this experiment's config is not a JSON object"))
        #expect(lines.contains("spearman: x[3] is not finite (NaN or infinity)"))
        #expect(lines.contains("m.json: tree 3: bad split"))
        #expect(lines.contains("LookupObjective: no record for key a-b at fidelity 4"))
        #expect(lines.contains("table \"t\": group 1 row 2 has 3 cells, expected 4"))
        #expect(lines.contains("node 7: conv3x3: input 1 missing"))
        #expect(lines.contains("lut.jsonl, line 2, key 'stride': missing key"))
        #expect(lines.contains("blocks: expected 7 blocks, got 0"))
    }
}
