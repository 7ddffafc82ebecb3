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
