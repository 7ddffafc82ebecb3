import Randomness
import Testing
@testable import Search

@Suite struct SpaceTests {
    @Test func sampleStaysInSpaceAndCoversOptions() throws {
        let space = try CategoricalSpace(cardinalities: [3, 1, 5])
        var generator = SeededGenerator(seed: 7)
        var seen = Set<Int>()
        for _ in 0..<2000 {
            let point = space.sample(using: &generator)
            #expect(space.contains(point))
            seen.insert(space.index(of: point))
        }
        #expect(seen.count == 15)
    }

    @Test func mutateChangesExactlyOneDecision() throws {
        let space = try CategoricalSpace(cardinalities: [4, 1, 2, 6])
        var generator = SeededGenerator(seed: 3)
        var point = space.sample(using: &generator)
        for _ in 0..<500 {
            let child = space.mutate(point, using: &generator)
            let changed = zip(point.choices, child.choices).filter { $0 != $1 }.count
            #expect(changed == 1)
            #expect(child.choices[1] == 0)
            #expect(space.contains(child))
            point = child
        }
    }

    @Test func neighboursAreHammingOneAndDistinct() throws {
        let space = try CategoricalSpace(cardinalities: [4, 1, 2, 6])
        let point = CategoricalPoint([1, 0, 1, 5])
        let neighbours = space.neighbours(of: point)
        #expect(neighbours.count == 3 + 0 + 1 + 5)
        #expect(Set(neighbours).count == neighbours.count)
        for neighbour in neighbours {
            #expect(zip(point.choices, neighbour.choices).filter { $0 != $1 }.count == 1)
        }
    }

    @Test func featuresAreOneHot() throws {
        let space = try CategoricalSpace(cardinalities: [3, 2])
        let features = space.features(of: CategoricalPoint([2, 0]))
        #expect(features == [0, 0, 1, 1, 0])
        #expect(space.ordinalFeatures(of: CategoricalPoint([2, 0])) == [1, 0])
    }

    @Test func indexRoundTripsAndLabelsResolve() throws {
        let widths = [8, 16, 24]
        let space = try CategoricalSpace((1...3).map { CategoricalDecision(name: "layer\($0)", values: widths) })
        #expect(space.count == 27)
        for index in 0..<27 {
            let point = try #require(space.point(atIndex: index))
            #expect(space.index(of: point) == index)
        }
        #expect(space.index(of: CategoricalPoint([1, 0, 2])) == 1 * 9 + 0 * 3 + 2)
        #expect(space.point(atIndex: 27) == nil)
        #expect(space.labels(of: CategoricalPoint([1, 0, 2])) == ["16", "8", "24"])
        #expect(space.point(labels: ["24", "24", "8"]) == CategoricalPoint([2, 2, 0]))
        #expect(space.point(labels: ["7", "24", "8"]) == nil)
    }

    @Test func emptyDecisionIsRejectedWithItsName() {
        #expect(throws: SearchError.invalidConfiguration("CategoricalSpace: decision 1 'd1' has no options")) {
            try CategoricalSpace(cardinalities: [2, 0])
        }
    }

    @Test func uniformIntIsInRangeAndRoughlyUniform() {
        var generator = SeededGenerator(seed: 11)
        var counts = [Int](repeating: 0, count: 7)
        for _ in 0..<70_000 { counts[generator.uniformInt(below: 7)] += 1 }
        // Each count is Binomial(70000, 1/7): mean 10000, sd ≈ 92.6; allow 5 sd.
        for count in counts { #expect(abs(count - 10_000) < 463) }
    }
}
