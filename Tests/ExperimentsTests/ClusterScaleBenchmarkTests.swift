import Foundation
import Harness
import Registry
import Testing

/// The cluster-scale settings of `trails/benchmark`: score many architectures without training them.
@Suite struct ClusterScaleBenchmarkTests {
    private func runner(_ output: URL) -> Runner {
        Runner(layout: ProjectLayout(root: SmokeRunTests.projectRoot, outputRoot: output), store: MemoryRunStore(),
               experiments: Registry.experiments, echoLevel: .error)
    }

    @Test func scoredArchitecturesAreScoredBesideTheTrainedOnes() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("repro-cluster-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let outcome = try runner(output).run(
            "trails/benchmark", scale: .smoke,
            overrides: ["architectures=3", "scoredArchitectures=7", #"datasets=["frappe"]"#, "epochs=[1]"])
        #expect(outcome.record.numbers["frappe.architectures"] == 3)
        #expect(outcome.record.numbers["frappe.scored_only_architectures"] == 7)
    }

    @Test func moreThanTheWholeSpaceIsRefused() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("repro-cluster-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        #expect { try runner(output).run("trails/benchmark", scale: .smoke, overrides: ["scoredArchitectures=160001"]) } throws: {
            "\($0)".contains("scoredArchitectures") && "\($0)".contains("160000")
        }
    }
}
