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

    @Test func wrongTypeSaysWhatTheKeyTakes() throws {
        let cases = [
            "nested.repeats=many": "--set nested.repeats=many: expected a whole number",
            "nested.repeats=2.5": "--set nested.repeats=2.5: expected a whole number",
            "scaleFactor=[1]": "--set scaleFactor=[1]: expected a number",
            "label=3": #"--set label=3: expected text (quote a value that reads as a number or list: label='"1"')"#,
        ]
        for (override, message) in cases {
            #expect {
                try ConfigCoding.apply([override], to: EchoExperiment.defaultConfig(for: .smoke))
            } throws: { "\($0)" == message }
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

    @Test func negativeValueForANonNegativeDefaultNamesKeyValueAndRange() throws {
        for override in ["nested.repeats=-1", "scaleFactor=-0.5"] {
            #expect {
                try ConfigCoding.apply([override], to: EchoExperiment.defaultConfig(for: .smoke))
            } throws: { error in
                "\(error)" == "--set \(override): out of range; valid range 0...9007199254740992"
            }
        }
        #expect(try ConfigCoding.apply(["nested.repeats=0"], to: EchoExperiment.defaultConfig(for: .smoke)).nested.repeats == 0)
    }

    @Test func hugeIntegersAreRejectedBeforeTheyCanOverflow() throws {
        #expect {
            try ConfigCoding.apply(["nested.repeats=9007199254740993000"], to: EchoExperiment.defaultConfig(for: .smoke))
        } throws: { "\($0)".contains("out of range; valid range 0...9007199254740992") }
    }

    @Test func nonFiniteNumbersAreRejected() throws {
        for text in ["nan", "inf", "-Infinity", "1e999"] {
            #expect {
                try ConfigCoding.apply(["scaleFactor=\(text)"], to: EchoExperiment.defaultConfig(for: .smoke))
            } throws: { error in
                "\(error)" == "--set scaleFactor=\(text): not a finite number"
            }
        }
    }

    @Test func aNonEmptyListKeyCannotBeEmptied() throws {
        struct Lists: ExperimentConfig { var seeds = [1, 2]; var extras = [3] }
        #expect {
            try ConfigCoding.apply(["seeds=[]"], to: Lists(), nonEmpty: ["seeds"])
        } throws: { "\($0)" == "--set seeds=[]: needs at least one entry" }
        #expect(try ConfigCoding.apply(["extras=[]"], to: Lists(), nonEmpty: ["seeds"]).extras.isEmpty)
        #expect(try ConfigCoding.apply(["seeds=[7]"], to: Lists(), nonEmpty: ["seeds"]).seeds == [7])
    }

    @Test func aListOfNamesNamesEachOnceButNumbersMayRepeat() throws {
        struct Lists: ExperimentConfig { var datasets = ["frappe"]; var epochs = [20] }
        #expect {
            try ConfigCoding.apply([#"datasets=["frappe","diabetes","frappe"]"#], to: Lists())
        } throws: { "\($0)" == #"--set datasets=["frappe","diabetes","frappe"]: 'frappe' is named twice; name each once"# }
        #expect(try ConfigCoding.apply(["epochs=[20,20]"], to: Lists()).epochs == [20, 20])
    }

    @Test func anExperimentsOwnRangeIsUsed() throws {
        #expect {
            try ConfigCoding.apply(
                ["nested.repeats=0"], to: EchoExperiment.defaultConfig(for: .smoke), ranges: ["nested.repeats": 1...10])
        } throws: { "\($0)" == "--set nested.repeats=0: out of range; valid range 1...10" }
    }

    @Test func everyElementOfAnArrayIsChecked() throws {
        struct Seeds: ExperimentConfig { var seeds = [1, 2, 3] }
        #expect(try ConfigCoding.apply(["seeds=[4,5]"], to: Seeds()).seeds == [4, 5])
        #expect {
            try ConfigCoding.apply(["seeds=[4,-5]"], to: Seeds())
        } throws: { "\($0)" == "--set seeds=[4,-5]: out of range; valid range 0...9007199254740992" }
    }
}
