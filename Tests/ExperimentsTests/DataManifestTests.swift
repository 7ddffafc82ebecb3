import Foundation
import Harness
import Registry
import TestSupport
import Testing

/// The per-paper data manifests cover every input the experiments read, and match the data.
@Suite struct DataManifestTests {
    static let layout = ProjectLayout(root: PaperData.projectRoot)

    @Test func everyDeclaredInputIsInAManifest() throws {
        let listed = Set(try DataManifest.all(in: Self.layout).flatMap { $0.files.map(\.path) })
        for experiment in Registry.experiments {
            for scale in Scale.allCases {
                for input in experiment.declaredInputs(at: scale) {
                    #expect(listed.contains(input.path), "\(experiment.info.id) reads \(input.path), which no experiments/*/data.json lists")
                }
            }
        }
    }

    @Test func manifestsMatchTheDataInUse() throws {
        let manifests = try DataManifest.all(in: Self.layout)
        #expect(manifests.count >= 5)
        for manifest in manifests {
            #expect(manifest.files.map(\.path) == manifest.files.map(\.path).sorted(), "\(manifest.paper): files must be sorted")
            for file in manifest.files {
                let url = PaperData.root.appendingPathComponent(file.path)
                guard FileManager.default.fileExists(atPath: url.path) else {
                    Issue.record("\(file.path), listed in \(manifest.paper)/data.json, is absent from \(PaperData.root.path) (run `make data`)")
                    continue
                }
                #expect(DataFetcher.matches(url, file), "\(file.path) differs from \(manifest.paper)/data.json")
            }
        }
    }
}
