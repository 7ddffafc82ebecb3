import Foundation
import Harness
import Registry
import Testing

/// Every claim of every experiment says how it was checked, and can fail.
@Suite struct ClaimEvidenceTests {
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every `claims.json` under `experiments/`.
    static func claimFiles() throws -> [URL] {
        let experiments = projectRoot.appendingPathComponent("experiments")
        var files: [URL] = []
        for paper in try FileManager.default.contentsOfDirectory(atPath: experiments.path).sorted() {
            let paperURL = experiments.appendingPathComponent(paper)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: paperURL.path).sorted()) ?? [] {
                let file = paperURL.appendingPathComponent(name).appendingPathComponent("claims.json")
                if FileManager.default.fileExists(atPath: file.path) { files.append(file) }
            }
        }
        return files
    }

    @Test func everyClaimHasEvidenceSourceAndASoundTolerance() throws {
        let files = try Self.claimFiles()
        #expect(files.count >= 20, "expected the experiments' claims.json files, found \(files.count)")
        var problems: [String] = []
        for file in files {
            let claims = try ClaimFile.load(from: file)
            let path = file.path.replacingOccurrences(of: Self.projectRoot.path + "/", with: "")
            problems += ClaimAudit.problems(in: claims, path: path)
        }
        #expect(problems.isEmpty, "\(problems.count) claim problems:\n\(problems.joined(separator: "\n"))")
    }

    @Test func everyVariantOfAClaimIsARegisteredExperiment() throws {
        let ids = Set(Registry.experiments.map { $0.info.id })
        for file in try Self.claimFiles() {
            let folder = file.deletingLastPathComponent()
            let id = folder.deletingLastPathComponent().lastPathComponent + "/" + folder.lastPathComponent
            for claim in try ClaimFile.load(from: file).claims {
                let owner = claim.variant.map { id + "/" + $0 } ?? id
                #expect(ids.contains(owner), "\(id): claim '\(claim.id)' belongs to \(owner), which is not registered")
            }
        }
    }
}
