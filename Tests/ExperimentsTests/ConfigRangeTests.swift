import Foundation
import Harness
import Registry
import Testing

/// Documented sentinel values of experiment configs pass the `--set` range check.
@Suite struct ConfigRangeTests {
    func apply<E: Experiment>(_ type: E.Type, _ override: String) throws {
        _ = try ConfigCoding.apply([override], to: E.defaultConfig(for: .smoke), ranges: E.configRanges)
    }

    @Test func surrogateFitTakesMinusOneForNoForest() throws {
        let type = try #require(Registry.experiments.first { $0.info.id == "accel-nasbench/surrogate-fit" })
        try apply(type, "forestTrees=-1")
        #expect(throws: (any Error).self) { try apply(type, "forestTrees=-2") }
        #expect(throws: (any Error).self) { try apply(type, "seed=-1") }
    }
}

/// Every experiment's own defaults, at both scales, pass its `--set` checks: no declared range
/// or non-empty list excludes the value the experiment runs with, and its `validate` accepts them.
@Suite struct DefaultsWithinRangesTests {
    /// `key=value` for every leaf of `object`, the value written as JSON.
    static func overrides(of object: [String: Any], prefix: String = "") throws -> [String] {
        try object.keys.sorted().flatMap { key -> [String] in
            let path = prefix.isEmpty ? key : "\(prefix).\(key)"
            if let nested = object[key] as? [String: Any], !nested.isEmpty { return try overrides(of: nested, prefix: path) }
            let text = String(decoding: try JSONSerialization.data(withJSONObject: object[key] as Any, options: [.fragmentsAllowed]),
                              as: UTF8.self)
            return ["\(path)=\(text)"]
        }
    }

    func check<E: Experiment>(_ type: E.Type, scale: Scale) throws {
        let defaults = E.defaultConfig(for: scale)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(defaults)) as? [String: Any])
        for override in try Self.overrides(of: object) {
            let applied = try ConfigCoding.apply([override], to: defaults, ranges: E.configRanges, nonEmpty: E.nonEmptyKeys)
            #expect(applied == defaults, "\(E.info.id) at \(scale): --set \(override) changed the config")
        }
        #expect(throws: Never.self, "\(E.info.id) at \(scale): its defaults fail its own validate") { try E.validate(defaults) }
    }

    static let ids = Registry.experiments.map { $0.info.id }

    @Test(arguments: ids)
    func defaultsPassTheChecks(id: String) throws {
        let type = try #require(Registry.experiments.first { $0.info.id == id })
        for scale in [Scale.smoke, .paper] { try check(type, scale: scale) }
    }
}
