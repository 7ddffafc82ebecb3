import Harness
import Testing

@Suite struct ConfigChoiceTests {
    enum Colour: String, CaseIterable { case red, green, blueGreen = "blue-green" }

    @Test func namesMapToTheirCasesInOrder() throws {
        let colours: [Colour] = try ConfigChoice.named(["blue-green", "red"], key: "colours", noun: "colour")
        #expect(colours == [.blueGreen, .red])
    }

    @Test func anUnknownNameIsRefusedWithEveryValidName() {
        #expect {
            let _: [Colour] = try ConfigChoice.named(["red", "blue"], key: "colours", noun: "colour")
        } throws: { error in
            "\(error)".contains("colours: unknown colour 'blue'; expected one of red, green, blue-green")
        }
    }

    @Test func aLookupNamesOnlyTheValidNamesItIsGiven() throws {
        let lengths = ["one": 1, "three": 3]
        #expect(try ConfigChoice.named("three", key: "n", noun: "length", valid: ["one", "three"]) { lengths[$0] } == 3)
        #expect {
            _ = try ConfigChoice.named("two", key: "n", noun: "length", valid: ["one", "three"]) { lengths[$0] }
        } throws: { error in
            "\(error)".contains("n: unknown length 'two'; expected one of one, three")
        }
    }
}
