import Foundation
import Testing

@testable import Datasets

@Suite(.enabled(if: AccelNASBenchTestData.available, "Accel-NASBench data not found"))
struct AccelNASBenchAblationTests {
    @Test func sixFilesShareArchitectures() throws {
        var reference: [AccelNASBench.Architecture]?
        for scheme in AccelNASBench.TrainingScheme.allCases {
            for seed in 1...3 {
                let rows = try AccelNASBench.loadAblation(
                    from: AccelNASBenchTestData.file(AccelNASBench.ablationPath(scheme, seed: seed)))
                #expect(rows.count == 117)
                let architectures = rows.map(\.architecture)
                if let reference { #expect(architectures == reference) } else { reference = architectures }
            }
        }
        let first = try AccelNASBench.loadAblation(
            from: AccelNASBenchTestData.file(AccelNASBench.ablationPath(.proxified, seed: 1)))
        #expect(first[0].top1 == 60.075996)
        #expect(first[0].jobID == 71261)
        #expect(first[0].architecture.blocks[0] == .init(expansion: 1, kernel: 5, layers: 3, squeezeExcite: true))
    }
}
