import Foundation
import Harness
import Registry
import Testing

/// A newcomer finds an experiment's code from its id by names alone: the folder
/// `experiments/<paper>/<name>/` holds module `target` (its `target.json`), the type is named
/// after the target (a `recomputed` variant adds `Recomputed`), and every file after its type.
@Suite struct ExperimentNamingTests {
    static let experiments = RegistryCoverageTests.projectRoot.appendingPathComponent("experiments")

    /// Letters and digits of `text`, lowercased: `xflowrl/taso-trace` and `XFLOWRLTasoTrace` agree.
    static func letters(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    static func target(ofFolder id: String) throws -> String {
        let url = experiments.appendingPathComponent(id).appendingPathComponent("target.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return try #require(object?["target"] as? String, "\(url.path): no target")
    }

    @Test func lettersIgnoreCaseAndSeparators() {
        #expect(Self.letters("xflowrl/taso-trace") == Self.letters("XFLOWRLTasoTrace"))
        #expect(Self.letters("trails/ku-heatmap") != Self.letters("TrailsKUHeatmapRecomputed"))
    }

    @Test func everyTargetIsNamedAfterItsFolder() throws {
        for id in try RegistryCoverageTests.folderIDs().sorted() {
            let target = try Self.target(ofFolder: id)
            #expect(Self.letters(target) == Self.letters(id), "experiments/\(id) holds target \(target)")
        }
    }

    @Test func everyTypeIsNamedAfterItsTarget() throws {
        for type in Registry.experiments {
            let id = type.info.id
            let target = try Self.target(ofFolder: RegistryCoverageTests.folderID(of: id))
            let variant = ProjectLayout.variant(of: id)
            let expected = target + (variant.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? "")
            #expect(String(describing: type) == expected, "\(id) is implemented by \(type), expected \(expected)")
        }
    }

    @Test func everyFileIsNamedAfterItsType() throws {
        let manager = FileManager.default
        for id in try RegistryCoverageTests.folderIDs().sorted() {
            let target = try Self.target(ofFolder: id)
            let files = try manager.contentsOfDirectory(atPath: Self.experiments.appendingPathComponent(id).path)
            for file in files where file.hasSuffix(".swift") {
                let stem = String(file.dropLast(".swift".count))
                #expect(stem == target || stem.hasPrefix(target + "+"), "experiments/\(id)/\(file) is not named after \(target)")
            }
        }
    }
}
