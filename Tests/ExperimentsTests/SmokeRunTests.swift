import Foundation
import Harness
import Registry
import Testing

/// The ids of every registered experiment, sorted.
func experimentIDs() -> [String] {
    var ids: [String] = []
    for experiment in Registry.experiments { ids.append(experiment.info.id) }
    return ids.sorted()
}

/// Every registered experiment runs at smoke scale and produces what its claims need.
@Suite(.serialized) struct SmokeRunTests {
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let ids: [String] = experimentIDs()

    @Test func everyExperimentHasADeclarationThatMatchesItsId() throws {
        let layout = ProjectLayout(root: Self.projectRoot)
        for experiment in Registry.experiments {
            let info = experiment.info
            #expect(Papers.all.contains { $0.id == info.paper }, "\(info.id) must start with a listed paper")
            let declaration = try ExperimentDeclaration.load(id: info.id, layout: layout)
            #expect(!declaration.target.isEmpty)
        }
        #expect(Set(Self.ids).count == Registry.experiments.count, "experiment ids must be unique")
    }

    @Test(arguments: ids) func runsAtSmokeScale(id: String) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("repro-smoke-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let layout = ProjectLayout(root: Self.projectRoot, outputRoot: output)
        let store = MemoryRunStore()
        let runner = Runner(layout: layout, store: store, experiments: Registry.experiments, echoLevel: .error)
        let outcome = try runner.run(id, scale: .smoke)
        #expect(outcome.record.status == .ok)
        #expect(!outcome.record.artifacts.isEmpty, "\(id) wrote no artifact")
        for artifact in outcome.record.artifacts where artifact.kind != .data {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(artifact.path).path))
        }
        let declaration = try ExperimentDeclaration.load(id: id, layout: layout)
        for claim in declaration.claims.claims where claim.notReproducible == nil {
            #expect(outcome.record.numbers[claim.key] != nil, "\(id) computed no number '\(claim.key)' for claim '\(claim.id)'")
        }
        for (key, value) in outcome.record.numbers {
            #expect(!value.isNaN, "\(id): number \(key) is NaN")
        }
        // Experiments with wall-clock measurements still reproduce their released variants exactly.
        let deterministic = try runner.experiment(id).info.deterministic
        try expectIdenticalRerun(id: id, first: outcome.record) { deterministic || $0.contains("-released") }
    }

    /// Runs `id` again into a fresh output root and compares every SVG and CSV byte for byte.
    func expectIdenticalRerun(id: String, first: RunRecord, comparing include: (String) -> Bool) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("repro-rerun-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let layout = ProjectLayout(root: Self.projectRoot, outputRoot: output)
        let runner = Runner(layout: layout, store: MemoryRunStore(), experiments: Registry.experiments, echoLevel: .error)
        let second = try runner.run(id, scale: .smoke).record
        let compared = first.artifacts.filter { ($0.name.hasSuffix(".svg") || $0.name.hasSuffix(".csv")) && include($0.name) }
        for artifact in compared {
            let again = second.artifacts.first { $0.name == artifact.name }
            #expect(again?.sha256 == artifact.sha256, "\(id): \(artifact.name) differs between two runs")
        }
    }
}
