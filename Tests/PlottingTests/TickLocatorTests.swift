import Testing

@testable import Plotting

@Suite struct TickLocatorTests {
    @Test func unitRangeUsesTenthsOrFifths() {
        #expect(TickLocator.linear(0, 1, maxCount: 6).major == [0, 0.2, 0.4, 0.6, 0.8, 1.0])
        #expect(TickLocator.linear(0, 1, maxCount: 11).major.count == 11)
        #expect(TickLocator.linear(0, 1, maxCount: 11).major[3] == 0.3)  // not 0.30000000000000004
    }

    @Test func stepsAreOneTwoFive() {
        for (lo, hi) in [(0.0, 7.3), (-3.2, 41.0), (0.001, 0.0093), (1e5, 9.7e5), (-1.0, 1.0)] {
            let t = TickLocator.linear(lo, hi, maxCount: 7)
            #expect(t.major.count >= 2 && t.major.count <= 7, "\(lo)...\(hi): \(t.major)")
            let mantissa = t.step / pow(10, (log10(t.step)).rounded(.down))
            #expect([1.0, 2.0, 5.0].contains { abs($0 - mantissa) < 1e-9 }, "step \(t.step)")
            #expect(t.major.allSatisfy { $0 >= lo - 1e-12 && $0 <= hi + 1e-12 })
        }
    }

    @Test func tinyAndHugeRanges() {
        let tiny = TickLocator.linear(1.0, 1.0 + 4e-12, maxCount: 5)
        #expect(tiny.major.count >= 2)
        #expect(tiny.major.allSatisfy { $0 >= 1.0 && $0 <= 1.0 + 4e-12 })
        let huge = TickLocator.linear(0, 3e15, maxCount: 5)
        #expect(huge.major == [0, 1e15, 2e15, 3e15])
        let negativeTiny = TickLocator.linear(-2e-9, 2e-9, maxCount: 5)
        #expect(negativeTiny.major == [-2e-9, -1e-9, 0, 1e-9, 2e-9])
    }

    @Test func degenerateRanges() {
        #expect(TickLocator.linear(3, 3, maxCount: 5).major == [3])
        #expect(TickLocator.linear(.nan, 1, maxCount: 5).major.isEmpty)
        #expect(TickLocator.log10(-1, 10, maxCount: 5).major.isEmpty)
    }

    @Test func logDecadesWithMinorTicks() {
        let t = TickLocator.log10(1, 1000, maxCount: 9)
        #expect(t.major == [1, 10, 100, 1000])
        #expect(t.minor.count == 24)
        #expect(t.minor.contains(20) && t.minor.contains(900) && !t.minor.contains(10))
    }

    @Test func logManyDecadesSkips() {
        let t = TickLocator.log10(1e-20, 1e20, maxCount: 6)
        #expect(t.major.count <= 6 && t.major.count >= 2)
        #expect(t.major.contains(1))
        #expect(t.step > 1)
    }

    @Test func logShortRangeFallsBackToOneTwoFive() {
        let t = TickLocator.log10(15, 80, maxCount: 6)
        #expect(t.major == [20, 50])
        let narrow = TickLocator.log10(101, 109, maxCount: 5)
        #expect(narrow.major.count >= 2)
    }
}

@Suite struct TickFormatterTests {
    func labels(_ values: [Double], step: Double, _ format: TickFormat, _ scale: AxisScale = .linear) -> [String] {
        TickFormatter.labels(for: TickSet(major: values, step: step), format: format, scale: scale)
    }

    @Test func plainUsesDigitsOfTheStep() {
        #expect(labels([0, 0.2, 0.4], step: 0.2, .plain) == ["0.0", "0.2", "0.4"])
        #expect(labels([0, 0.25, 0.5], step: 0.25, .plain) == ["0.00", "0.25", "0.50"])
        #expect(labels([-10, 0, 10], step: 10, .plain) == ["\u{2212}10", "0", "10"])
        #expect(labels([0, 1e6, 2e6], step: 1e6, .plain) == ["0", "10⁶", "2×10⁶"])
    }

    @Test func siSuffixes() {
        #expect(labels([0, 500, 1000, 1500], step: 500, .si) == ["0", "0.5k", "1.0k", "1.5k"])
        #expect(labels([0, 2e6, 4e6], step: 2e6, .si) == ["0", "2M", "4M"])
        #expect(labels([1e9, 3e9], step: 2e9, .si) == ["1G", "3G"])
        #expect(labels([0.001, 0.002], step: 0.001, .si) == ["1m", "2m"])
    }

    @Test func percent() {
        #expect(labels([0, 0.25, 0.5], step: 0.25, .percent) == ["0%", "25%", "50%"])
        #expect(labels([0.9, 0.95, 1.0], step: 0.05, .percent) == ["90%", "95%", "100%"])
        #expect(labels([0.001, 0.002], step: 0.001, .percent) == ["0.1%", "0.2%"])
    }

    @Test func logAxesUsePowersOfTen() {
        #expect(labels([0.01, 1, 1000], step: 1, .automatic, .log10) == ["10⁻²", "10⁰", "10³"])
        #expect(labels([20, 50], step: 0.4, .automatic, .log10) == ["20", "50"])
        #expect(labels([1000, 1e6], step: 3, .si, .log10) == ["1k", "1M"])
    }

    @Test func decimalsAndSingleValues() {
        #expect(labels([1, 2], step: 1, .decimals(2)) == ["1.00", "2.00"])
        #expect(TickFormatter.label(-0.0001, format: .decimals(2)) == "0.00")
        #expect(TickFormatter.label(0.8766, format: .percent) == "87.7%")
    }
}

import Foundation
