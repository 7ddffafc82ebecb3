import Foundation
import Harness
import Testing

/// Runs the built `repro` binary and checks its exit codes and one-line errors.
@Suite struct CommandLineTests {
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built `repro` binary (debug or release), nil before `swift build`.
    static var binary: URL? {
        ["debug", "release"].map { projectRoot.appendingPathComponent(".build/\($0)/repro") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `repro arguments` on this project, writing into a temporary output folder.
    static func repro(_ arguments: [String]) throws -> CapturedProcess {
        let executable = try #require(binary, "build the repro tool first (swift build)")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("repro-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        return try CapturedProcess.run(executable.path, arguments + ["--root", projectRoot.path, "--output", output.path])
    }

    @Test func unknownExperimentFailsWithOneLine() throws {
        let result = try Self.repro(["run", "no-such/experiment"])
        #expect(result.status != 0)
        #expect(result.errors.contains("unknown experiment 'no-such/experiment'"))
        #expect(result.errors.split(separator: "\n").count == 1)
    }

    @Test func badScaleIsRejected() throws {
        let result = try Self.repro(["run", "engines/gallery", "--scale", "huge"])
        #expect(result.status != 0)
        #expect(result.errors.contains("huge"))
    }

    @Test func unknownFlagIsRejected() throws {
        let result = try Self.repro(["list", "--no-such-flag"])
        #expect(result.status != 0)
        #expect(result.errors.contains("no-such-flag"))
    }

    @Test func configPrintsTheKeysAnOverrideAndNothingElse() throws {
        let result = try Self.repro(["config", "trails/figure9/recomputed", "--scale", "smoke", "--set", "runs=5"])
        #expect(result.status == 0, "\(result.errors)")
        let config = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(config["runs"] as? Int == 5)
        #expect(config["datasets"] as? [String] == ["frappe", "uci_diabetes"])
        let refused = try Self.repro(["config", "trails/figure9/recomputed", "--set", "runs=0"])
        #expect(refused.status == 1)
        #expect(refused.errors == "repro: --set runs=0: out of range; valid range 1...10000\n")
        #expect(refused.output.isEmpty)
    }

    @Test func listShowsEveryExperimentAsNotRun() throws {
        let result = try Self.repro(["list"])
        #expect(result.status == 0)
        #expect(result.output.contains("id"))
    }

    @Test func verifyWithNothingRunPassesAndSaysNotRun() throws {
        let result = try Self.repro(["verify"])
        #expect(result.status == 0)
        #expect(result.output.contains("claims:"))
    }

    @Test func dataCheckNamesEveryFileThatIsMissing() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("repro-empty-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try Self.repro(["data", "--check", "--data", empty.path])
        #expect(result.status != 0)
        let lines = result.errors.split(separator: "\n")
        #expect(lines.contains { $0.contains("datasets/frappe/valid.libsvm: missing or not the manifest's SHA-256") })
        #expect(lines.allSatisfy { $0.hasPrefix("repro: \(empty.path)/") })
        #expect(result.output.contains("xflowrl: 0/"))
    }
}
