import Foundation
import Harness
import Testing

@Suite struct ConfigTests {
    @Test func defaultsDependOnScale() {
        #expect(EchoExperiment.defaultConfig(for: .smoke).nested.repeats == 1)
        #expect(EchoExperiment.defaultConfig(for: .paper).nested.repeats == 3)
    }

    @Test func overridesSetTopLevelAndNestedKeys() throws {
        let config = try ConfigCoding.apply(
            ["scaleFactor=2.5", "nested.repeats=7", "label=total"], to: EchoExperiment.defaultConfig(for: .smoke))
        #expect(config.scaleFactor == 2.5)
        #expect(config.nested.repeats == 7)
        #expect(config.label == "total")
    }

    @Test func unknownKeyListsValidKeys() throws {
        #expect {
            try ConfigCoding.apply(["nope=1"], to: EchoExperiment.defaultConfig(for: .smoke))
        } throws: { error in
            let text = "\(error)"
            return text.contains("unknown key") && text.contains("label, nested.repeats, scaleFactor")
        }
    }

    @Test func wrongTypeIsReported() throws {
        #expect {
            try ConfigCoding.apply(["nested.repeats=many"], to: EchoExperiment.defaultConfig(for: .smoke))
        } throws: { error in
            "\(error)".contains("nested.repeats") && "\(error)".contains("valid keys")
        }
    }

    @Test func missingEqualsIsReported() throws {
        #expect(throws: HarnessError.self) {
            try ConfigCoding.apply(["scaleFactor"], to: EchoExperiment.defaultConfig(for: .smoke))
        }
    }

    @Test func canonicalJSONIgnoresKeyOrder() throws {
        struct A: Codable { var b = 1; var a = 2 }
        struct B: Codable { var a = 2; var b = 1 }
        #expect(try ConfigCoding.canonicalJSON(A()) == ConfigCoding.canonicalJSON(B()))
    }
}
