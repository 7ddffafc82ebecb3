import Diagnostics
import Foundation
import Testing

@testable import Datasets

struct TRAILSExplorationTests {
    @Test func parsesRunsAndTheirFinalValues() throws {
        let runs = try TRAILS.ExplorationRuns.parse(
            TRAILSTestData.data(#"{"explored_arch": [[1, 2, 3], [1, 2]], "achieved_value": [[0.5, 0.6, 0.6], [0.7, 0.8]]}"#), file: "re")
        #expect(runs.runs.count == 2)
        #expect(runs.finalValues == [0.6, 0.8])
        #expect(runs.runs[1] == TRAILS.ExplorationRuns.Run(explored: [1, 2], selected: [0.7, 0.8]))
        #expect(runs.exploredCounts == [3, 2])
    }

    @Test func rejectsMismatchedRunsWithALoadError() {
        #expect(throws: LoadError.self) {
            try TRAILS.ExplorationRuns.parse(
                TRAILSTestData.data(#"{"explored_arch": [[1, 2]], "achieved_value": [[0.5]]}"#), file: "re")
        }
        #expect(throws: LoadError.self) {
            try TRAILS.ExplorationRuns.parse(
                TRAILSTestData.data(#"{"explored_arch": [[1]], "achieved_value": [[0.5], [0.6]]}"#), file: "re")
        }
        #expect(throws: LoadError.self) {
            try TRAILS.ExplorationRuns.parse(TRAILSTestData.data(#"{"explored_arch": []}"#), file: "re")
        }
    }

    /// The released Criteo regularized-evolution file: 50 runs of about 2,000 architectures each.
    @Test func readsTheReleasedCriteoRegularizedEvolutionRuns() throws {
        let runs = try TRAILS.ExplorationRuns.load(TRAILSTestData.url(TRAILS.criteoRegularizedEvolutionPath))
        #expect(runs.runs.count == 50)
        #expect(runs.exploredCounts.allSatisfy { $0 > 1_000 && $0 <= 10_000 })
        #expect(runs.finalValues.allSatisfy { $0 > 0.79 && $0 < 0.81 })
    }
}
