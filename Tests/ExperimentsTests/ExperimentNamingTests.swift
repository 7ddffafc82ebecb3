import Foundation
import Registry
import Testing

/// From `make figure9` to the code by names alone: an experiment's type is named after the
/// module its `target.json` names (`TrailsFigure9`), a variant after both
/// (`TrailsFigure9Recomputed` for `trails/figure9/recomputed`), and each Swift file after the
/// type it declares or extends (`TrailsFigure9+Plot.swift`).
@Suite struct ExperimentNamingTests {
    /// The module named by `experiments/<folder>/target.json`.
    static func target(of folder: String) throws -> String {
        struct Manifest: Decodable { var target: String }
        let url = RegistryCoverageTests.projectRoot.appendingPathComponent("experiments/\(folder)/target.json")
        return try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: url)).target
    }

    /// The type name an experiment id asks for: the target, then each variant component capitalised.
    static func typeName(id: String, target: String) -> String {
        let variant = id.split(separator: "/").dropFirst(2).map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return target + variant.joined()
    }

    @Test func variantNamesFollowTheirId() {
        #expect(Self.typeName(id: "trails/figure9", target: "TrailsFigure9") == "TrailsFigure9")
        #expect(Self.typeName(id: "trails/figure9/recomputed", target: "TrailsFigure9") == "TrailsFigure9Recomputed")
    }

    @Test func everyExperimentTypeIsNamedAfterItsTarget() throws {
        for experiment in Registry.experiments {
            let id = experiment.info.id
            let target = try Self.target(of: RegistryCoverageTests.folderID(of: id))
            #expect(String(describing: experiment) == Self.typeName(id: id, target: target), "\(id)")
        }
    }

    @Test func everySwiftFileIsNamedAfterATypeItDeclaresOrExtends() throws {
        let experiments = RegistryCoverageTests.projectRoot.appendingPathComponent("experiments")
        for folder in try RegistryCoverageTests.folderIDs() {
            let url = experiments.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".swift") {
                let type = String(name.dropLast(".swift".count).prefix { $0 != "+" })
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                let named = ["enum", "struct", "class", "protocol", "extension"].contains { text.contains("\($0) \(type)") }
                #expect(named, "experiments/\(folder)/\(name) neither declares nor extends \(type)")
            }
        }
    }
}
