import Testing
import TabularStore

/// TRAILS's ground-truth epoch carries over by training rows seen, not by index.
@Suite struct GroundTruthEpochTests {
    @Test func frappeMatchesRowsSeenAndIsCappedAtTheLastEpoch() {
        // 14 TRAILS epochs × 200 batches × 512 rows = 1,433,600 rows ≈ 24.8 passes over 57,722.
        #expect(BenchmarkDataset.frappe.groundTruthEpoch(trainingRows: 57_722, epochs: 40) == 25)
        #expect(BenchmarkDataset.frappe.groundTruthEpoch(trainingRows: 57_722, epochs: 20) == 20)
    }

    @Test func diabetesFirstEpochIsTwentyPassesOverOurRows() {
        // 1 × 200 × 1,024 = 204,800 rows ≈ 20.1 passes over 10,177.
        #expect(BenchmarkDataset.diabetes.groundTruthEpoch(trainingRows: 10_177, epochs: 40) == 20)
    }

    @Test func staysWithinTheEpochsTrained() {
        #expect(BenchmarkDataset.diabetes.groundTruthEpoch(trainingRows: 512, epochs: 2) == 2)
        #expect(BenchmarkDataset.diabetes.groundTruthEpoch(trainingRows: 10_000_000, epochs: 40) == 1)
        #expect(BenchmarkDataset.frappe.groundTruthEpoch(trainingRows: 0, epochs: 3) == 3)
    }
}
