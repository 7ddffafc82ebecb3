import Testing
@testable import Search

@Suite struct ParetoFrontTests {
    @Test func keepsOnlyNonDominatedPointsInIncreasingX() {
        // Points: 0 (1,5) front; 1 (2,4) front; 2 (2,3) dominated by 1; 3 (3,1) front;
        // 4 (0.5,4.5) dominated by 0; 5 (2,4) duplicate of 1; 6 (NaN, 9) ignored.
        let x = [1, 2, 2, 3, 0.5, 2, .nan]
        let y = [5, 4, 3, 1, 4.5, 4, 9.0]
        #expect(ParetoFront.indices(x: x, y: y) == [0, 1, 3])
    }

    @Test func equalXKeepsTheHigherY() {
        #expect(ParetoFront.indices(x: [1, 1, 1], y: [2, 3, 1]) == [1])
        #expect(ParetoFront.indices(x: [], y: []) == [])
    }

    @Test func matchesBruteForceOnRandomPoints() {
        var state: UInt64 = 12345
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 40 % 64)
        }
        let x = (0..<200).map { _ in next() }
        let y = (0..<200).map { _ in next() }
        var brute: [Int] = []
        for i in x.indices {
            let dominated = x.indices.contains { j in
                j != i && x[j] >= x[i] && y[j] >= y[i] && (x[j] > x[i] || y[j] > y[i] || j < i)
            }
            if !dominated { brute.append(i) }
        }
        brute.sort { x[$0] < x[$1] }
        #expect(ParetoFront.indices(x: x, y: y) == brute)
    }
}
