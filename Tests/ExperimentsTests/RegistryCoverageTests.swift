import Foundation
import Harness
import Registry
import Testing

/// `Sources/Registry/Registry.swift` is kept by hand: every experiment folder must be in it, and
/// everything in it must have a folder.
@Suite struct RegistryCoverageTests {
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `<paper>/<name>` of every `experiments/<paper>/<name>/` holding a `target.json`.
    static func folderIDs() throws -> Set<String> {
        let experiments = projectRoot.appendingPathComponent("experiments")
        let manager = FileManager.default
        var ids: Set<String> = []
        for paper in try manager.contentsOfDirectory(atPath: experiments.path) {
            let paperURL = experiments.appendingPathComponent(paper)
            for name in (try? manager.contentsOfDirectory(atPath: paperURL.path)) ?? [] {
                let manifest = paperURL.appendingPathComponent(name).appendingPathComponent("target.json")
                if manager.fileExists(atPath: manifest.path) { ids.insert("\(paper)/\(name)") }
            }
        }
        return ids
    }

    /// The folder an experiment id belongs to: `<paper>/<name>` of `<paper>/<name>[/<variant>]`.
    static func folderID(of id: String) -> String {
        id.split(separator: "/", omittingEmptySubsequences: false).prefix(2).joined(separator: "/")
    }

    @Test func variantsBelongToTheirFolder() {
        #expect(Self.folderID(of: "trails/figure9/recomputed") == "trails/figure9")
        #expect(Self.folderID(of: "trails/figure9") == "trails/figure9")
    }

    @Test func everyExperimentFolderIsRegistered() throws {
        let folders = try Self.folderIDs()
        #expect(folders.count >= 20, "expected the experiment folders, found \(folders.count)")
        let registered = Set(Registry.experiments.map { Self.folderID(of: $0.info.id) })
        let missing = folders.subtracting(registered).sorted()
        #expect(missing.isEmpty, "experiments/\(missing.joined(separator: ", experiments/")) not in Sources/Registry/Registry.swift")
    }

    @Test func everyRegisteredExperimentHasAFolder() throws {
        let folders = try Self.folderIDs()
        let ids = Registry.experiments.map { $0.info.id }
        let orphans = ids.filter { !folders.contains(Self.folderID(of: $0)) }
        #expect(orphans.isEmpty, "registered without an experiments/<paper>/<name>/target.json: \(orphans)")
        #expect(Set(ids).count == ids.count, "an id is registered twice: \(ids.sorted())")
    }
}
