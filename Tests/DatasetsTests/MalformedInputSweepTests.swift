import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import Datasets

/// One loader under the sweep: a real released file, its format, and how to load a copy.
struct SweptLoader: Sendable, CustomTestStringConvertible {
    enum Format: Sendable { case jsonDocument, jsonLines, csv, libsvm }

    let name: String
    let path: String
    let format: Format
    let load: @Sendable (URL) throws -> Void

    var testDescription: String { name }
}

/// For every loader in Datasets, a truncated, a corrupted and an empty copy of a real
/// file must fail with the shared ``LoadError``, on one line, naming the file and a place.
struct MalformedInputSweepTests {
    static let loaders: [SweptLoader] = [
        // TRAILS
        .init(name: "TRAILS.ScriptConstants", path: TRAILS.scriptConstantsPath, format: .jsonDocument) {
            _ = try TRAILS.ScriptConstants.load($0)
        },
        .init(name: "TRAILS.AnytimeRuns", path: "trails/exp_result/jacflow/res_end_2_end_criteo_100_12.json",
              format: .jsonDocument) { _ = try TRAILS.AnytimeRuns.load($0) },
        .init(name: "TRAILS.ImageAnytime", path: TRAILS.imageAnytimePath(.cifar10) ?? "", format: .jsonDocument) {
            _ = try TRAILS.ImageAnytime.load($0)
        },
        .init(name: "TRAILS.NKTradeoff", path: TRAILS.nkTradeoffPath(.frappe) ?? "", format: .jsonDocument) {
            _ = try TRAILS.NKTradeoff.load($0)
        },
        .init(name: "TRAILS.FilterScaling", path: TRAILS.filterScalePath, format: .jsonDocument) {
            _ = try TRAILS.FilterScaling.load($0)
        },
        .init(name: "TRAILS.FilteringLatency", path: TRAILS.criteoFilteringTimesPath, format: .jsonDocument) {
            _ = try TRAILS.FilteringLatency.load($0)
        },
        .init(name: "TRAILS.ScoreTable", path: TRAILS.knasScoresPath(.criteo) ?? "", format: .jsonDocument) {
            _ = try TRAILS.ScoreTable.load($0)
        },
        .init(name: "TRAILS.RefinementBenchmark", path: TRAILS.refinementBenchmarkPath(.frappe) ?? "",
              format: .jsonDocument) { _ = try TRAILS.RefinementBenchmark.load($0) },
        // Accel-NASBench
        .init(name: "AccelNASBench.Dataset", path: AccelNASBench.datasetPath, format: .jsonLines) {
            _ = try AccelNASBench.Dataset.load(from: $0)
        },
        .init(name: "AccelNASBench.Ablation", path: AccelNASBench.ablationPath(.proxified, seed: 1), format: .csv) {
            _ = try AccelNASBench.parseAblation(Data(contentsOf: $0), fileName: $0.lastPathComponent)
        },
        .init(name: "AccelNASBench.ForestSettings",
              path: AccelNASBench.randomForestConfigPath + "/sklearn_forest_configspace.json", format: .jsonDocument) {
            _ = try AccelNASBench.ForestSettings.parse(Data(contentsOf: $0), fileName: $0.lastPathComponent)
        },
        // Network scaling
        .init(name: "NetworkScaling.LatencyTable", path: NetworkScaling.latencyTablePath, format: .jsonLines) {
            _ = try NetworkScaling.loadLatencyTable(from: $0)
        },
        .init(name: "NetworkScaling.PredictorWeights", path: NetworkScaling.predictorWeightsPath, format: .jsonDocument) {
            _ = try NetworkScaling.loadPredictorWeights(from: $0)
        },
        .init(name: "NetworkScaling.PredictorTraining", path: NetworkScaling.predictorTrainingPath, format: .jsonDocument) {
            _ = try NetworkScaling.loadPredictorTraining(from: $0)
        },
        .init(name: "NetworkScaling.ReadmeResults", path: NetworkScaling.readmeResultsPath, format: .csv) {
            _ = try NetworkScaling.ReadmeResult.load(from: $0)
        },
        .init(name: "NetworkScaling.LogSample", path: NetworkScaling.logSamplePath, format: .csv) {
            _ = try NetworkScaling.LogSample.load(from: $0)
        },
        // OCaml inlining
        .init(name: "OCamlInlining.BenchmarkResults", path: OCamlInlining.benchmarkTimesPath, format: .jsonLines) {
            _ = try OCamlInlining.loadBenchmarkResults(from: $0)
        },
        .init(name: "OCamlInlining.ExplorationTimes", path: OCamlInlining.explorationTimesPath, format: .jsonDocument) {
            _ = try OCamlInlining.loadExplorationTimes(from: $0)
        },
        .init(name: "OCamlInlining.LearntRewards", path: OCamlInlining.rewardsPath, format: .jsonLines) {
            _ = try OCamlInlining.loadLearntRewards(from: $0)
        },
        .init(name: "OCamlInlining.StepTimes", path: OCamlInlining.stepTimesPath, format: .csv) {
            _ = try OCamlInlining.StepTime.load(from: $0)
        },
        .init(name: "OCamlInlining.AlphaSearchLogs", path: OCamlInlining.lassoLogsPath, format: .jsonLines) {
            _ = try OCamlInlining.loadAlphaSearchLogs(from: $0)
        },
        .init(name: "OCamlInlining.ROC", path: OCamlInlining.rocPath, format: .csv) {
            _ = try OCamlInlining.ROCRow.load(from: $0)
        },
        .init(name: "OCamlInlining.ClassDistribution", path: OCamlInlining.classDistributionPath, format: .csv) {
            _ = try OCamlInlining.ClassDistribution.load(from: $0)
        },
        .init(name: "OCamlInlining.ImportantLogs", path: OCamlInlining.importantLogsPath, format: .jsonLines) {
            _ = try OCamlInlining.loadImportantLogs(from: $0)
        },
        .init(name: "OCamlInlining.AlmabenchRuns", path: OCamlInlining.almabenchRunsPath, format: .jsonLines) {
            _ = try OCamlInlining.loadAlmabenchRuns(from: $0)
        },
        .init(name: "OCamlInlining.AlmabenchUnified", path: OCamlInlining.almabenchUnifiedPath, format: .csv) {
            _ = try OCamlInlining.loadAlmabenchUnified(from: $0)
        },
        // XFLOWRL
        .init(name: "XFLOWRL.FigureValues", path: XFLOWRL.figureValuesPath, format: .csv) {
            _ = try XFLOWRL.FigureValue.load(from: $0)
        },
        .init(name: "XFLOWRL.DigitisedPlots", path: XFLOWRL.digitisedPlotsPath, format: .jsonDocument) {
            _ = try XFLOWRL.loadDigitisedPlots(from: $0)
        },
        .init(name: "XFLOWRL.GraphComplexity", path: XFLOWRL.graphComplexityPath, format: .csv) {
            _ = try XFLOWRL.ComplexityRow.load(from: $0)
        },
        .init(name: "XFLOWRL.RLFlowCharts", path: XFLOWRL.rlflowChartsPath, format: .jsonDocument) {
            _ = try XFLOWRL.loadRLFlowCharts(from: $0)
        },
    ]

    @Test(arguments: loaders)
    func malformedCopiesFailWithOneLineNamingFileAndPlace(loader: SweptLoader) throws {
        let source = PaperData.root.appendingPathComponent(loader.path)
        try #require(FileManager.default.fileExists(atPath: source.path), "\(loader.path) missing (run `make data`)")
        let real = try MalformedCopies.head(of: source, format: loader.format)
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("sweep-\(loader.name)-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fileName = source.lastPathComponent
        // The uncut head of the real file loads: the failures below come from the damage alone.
        let intact = folder.appendingPathComponent("intact").appendingPathComponent(fileName)
        try write(real, to: intact)
        if loader.format != .jsonDocument { try loader.load(intact) }
        for (kind, copy) in MalformedCopies.all(of: real, format: loader.format) {
            let url = folder.appendingPathComponent(kind.rawValue).appendingPathComponent(fileName)
            try write(copy.data, to: url)
            do {
                try loader.load(url)
                Issue.record("\(loader.name): the \(kind.rawValue) copy loaded without an error")
            } catch let error as LoadError {
                let message = error.description
                #expect(!message.contains("\n"), "\(loader.name) \(kind.rawValue): \(message)")
                #expect(message.contains(fileName), "\(loader.name) \(kind.rawValue): \(message)")
                #expect(error.place != nil, "\(loader.name) \(kind.rawValue): no place in '\(message)'")
                if let line = copy.line {
                    // The place is `line N` or `line N, key 'k'`.
                    let named = error.place == "line \(line)" || error.place?.hasPrefix("line \(line), ") == true
                    #expect(named, "\(loader.name) \(kind.rawValue): expected line \(line): \(message)")
                }
            } catch {
                Issue.record("\(loader.name) \(kind.rawValue): not the shared LoadError: \(type(of: error)): \(error)")
            }
        }
    }

    private func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }
}

/// Damaged copies of a real file's head.
enum MalformedCopies {
    enum Kind: String, CaseIterable { case truncated, corrupted, empty }

    /// A damaged copy and the 1-based line its error must name, when it is known exactly.
    struct Copy {
        var data: Data
        var line: Int?
    }

    /// Lines kept from line-oriented files; bytes kept from JSON documents.
    static let headLines = 12
    static let headBytes = 64 * 1024

    /// The first lines of a line-oriented file (whole lines), or a JSON document's first bytes.
    static func head(of url: URL, format: SweptLoader.Format) throws -> Data {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let chunk = try handle.read(upToCount: 4 * 1024 * 1024) ?? Data()
        if format == .jsonDocument { return chunk }
        var lines = chunk.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).prefix(headLines)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return Data(lines.joined(separator: [UInt8(ascii: "\n")])) + Data("\n".utf8)
    }

    static func all(of data: Data, format: SweptLoader.Format) -> [(Kind, Copy)] {
        [(.truncated, truncated(data, format: format)),
         (.corrupted, corrupted(data, format: format)),
         (.empty, Copy(data: Data(), line: 1))]
    }

    /// Three whole lines and the fourth cut before its last separator; a JSON document cut in half.
    static func truncated(_ data: Data, format: SweptLoader.Format) -> Copy {
        if format == .jsonDocument {
            return Copy(data: data.prefix(min(data.count / 2, headBytes)), line: nil)
        }
        var lines = lines(of: data)
        let separator: Character = format == .libsvm ? " " : (format == .csv ? "," : ":")
        let fourth = lines[3]
        let cut = fourth.lastIndex(of: separator).map { fourth[..<$0] } ?? fourth.prefix(fourth.count / 2)
        lines = Array(lines.prefix(3)) + [String(cut)]
        return Copy(data: Data(lines.joined(separator: "\n").utf8), line: 4)
    }

    /// Line 2 damaged: a JSON object opened with `{,,`, a NUL byte in a libsvm row, and
    /// `nan` in place of a CSV row's first number (a value the loaders must reject).
    static func corrupted(_ data: Data, format: SweptLoader.Format) -> Copy {
        if format == .jsonDocument {
            var text = String(decoding: data.prefix(headBytes), as: UTF8.self)
            if let brace = text.firstIndex(where: { $0 == "{" || $0 == "[" }) {
                text.insert(contentsOf: ",,", at: text.index(after: brace))
            }
            return Copy(data: Data(text.utf8), line: nil)
        }
        var lines = lines(of: data)
        switch format {
        case .jsonLines:
            lines[1] = lines[1].replacingOccurrences(of: "{", with: "{,,", options: [], range: lines[1].range(of: "{"))
        case .libsvm:
            lines[1] = lines[1].replacingOccurrences(of: " ", with: " \u{0}", options: [], range: lines[1].range(of: " "))
        case .csv:
            var fields = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if let number = fields.firstIndex(where: { Double($0.trimmingCharacters(in: .whitespaces)) != nil }) {
                fields[number] = "nan"
            }
            lines[1] = fields.joined(separator: ",")
        case .jsonDocument:
            break
        }
        return Copy(data: Data((lines.joined(separator: "\n") + "\n").utf8), line: 2)
    }

    private static func lines(of data: Data) -> [String] {
        // "\r\n" is one Character, so split on any newline (the ablation CSVs end lines with CRLF).
        String(decoding: data, as: UTF8.self)
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            .reversed().drop { $0.isEmpty }.reversed()
    }
}
