import Foundation
import Harness
import Registry
import Testing

/// From `make figure9` to the code by names alone: the folder `experiments/<paper>/<name>/`
/// holds the module its `target.json` names (`TrailsFigure9` for `trails/figure9`), the
/// experiment's type is named after that module, a variant after both
/// (`TrailsFigure9Recomputed` for `trails/figure9/recomputed`), and each Swift file after the
/// module's type, which it declares or extends (`TrailsFigure9+Plot.swift`).
@Suite struct ExperimentNamingTests {
    static let experiments = RegistryCoverageTests.projectRoot.appendingPathComponent("experiments")

    /// The module named by `experiments/<folder>/target.json`, read as the runner reads it.
    static func target(of folder: String) throws -> String {
        try ExperimentDeclaration.load(id: folder, layout: ProjectLayout(root: RegistryCoverageTests.projectRoot)).target
    }

    /// The type name an experiment id asks for: the target, then each variant component capitalised.
    static func typeName(id: String, target: String) -> String {
        let variant = id.split(separator: "/").dropFirst(2).map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return target + variant.joined()
    }

    /// Letters and digits of `text`, lowercased: `xflowrl/taso-trace` and `XFLOWRLTasoTrace` agree.
    static func letters(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    @Test func variantNamesFollowTheirId() {
        #expect(Self.typeName(id: "trails/figure9", target: "TrailsFigure9") == "TrailsFigure9")
        #expect(Self.typeName(id: "trails/figure9/recomputed", target: "TrailsFigure9") == "TrailsFigure9Recomputed")
    }

    @Test func lettersIgnoreCaseAndSeparatorsOnly() {
        #expect(Self.letters("xflowrl/taso-trace") == Self.letters("XFLOWRLTasoTrace"))
        #expect(Self.letters("trails/ku-heatmap") != Self.letters("TrailsKUHeatmapRecomputed"))
    }

    @Test func everyTargetIsNamedAfterItsFolder() throws {
        for folder in try RegistryCoverageTests.folderIDs().sorted() {
            let target = try Self.target(of: folder)
            #expect(Self.letters(target) == Self.letters(folder), "experiments/\(folder) holds target \(target)")
        }
    }

    @Test func everyExperimentTypeIsNamedAfterItsTarget() throws {
        for experiment in Registry.experiments {
            let id = experiment.info.id
            let target = try Self.target(of: RegistryCoverageTests.folderID(of: id))
            #expect(String(describing: experiment) == Self.typeName(id: id, target: target), "\(id)")
        }
    }

    @Test func everySwiftFileIsNamedAfterTheModuleTypeAndDeclaresOrExtendsIt() throws {
        for folder in try RegistryCoverageTests.folderIDs().sorted() {
            let target = try Self.target(of: folder)
            let url = Self.experiments.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".swift") {
                let stem = String(name.dropLast(".swift".count))
                #expect(stem == target || stem.hasPrefix(target + "+"), "experiments/\(folder)/\(name) is not named after \(target)")
                let type = String(stem.prefix { $0 != "+" })
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                let named = ["enum", "struct", "class", "protocol", "extension"].contains { text.contains("\($0) \(type)") }
                #expect(named, "experiments/\(folder)/\(name) neither declares nor extends \(type)")
            }
        }
    }
}
