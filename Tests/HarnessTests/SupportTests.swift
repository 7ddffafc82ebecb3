import Foundation
@testable import Harness
import TestSupport
import Testing

@Suite struct SupportTests {
    @Test func progressLineShowsPercentCountAndETA() {
        let line = Progress.describe(label: "training", done: 250, total: 1000, elapsed: 30)
        #expect(line == "training  25% 250/1000  ETA 1m30s")
        #expect(Progress.describe(label: "x", done: 10, total: 10, elapsed: 75) == "x  100% 10/10  in 1m15s")
    }

    @Test func durationsAreCompact() {
        #expect(formatDuration(4.25) == "4.2s")
        #expect(formatDuration(42) == "42s")
        #expect(formatDuration(185) == "3m05s")
        #expect(formatDuration(7_620) == "2h07m")
    }

    @Test func numbersAreFormattedDeterministically() {
        #expect(formatNumber(5138) == "5138")
        #expect(formatNumber(0.98043) == "0.98043")
        #expect(formatNumber(60.17612345) == "60.1761")
        #expect(formatNumber(1.5e-7) == "1.5e-07")
        #expect(formatNumber(.nan) == "NaN")
    }

    /// Six significant digits hide a miss of 0.0055 in 11098: the claim's tolerance asks for more.
    @Test func aToleranceAsksForTheDigitsThatShowIt() {
        #expect(formatNumber(11098.04449, decimals: 4) == "11098.0445")
        #expect(formatNumber(11098.05, decimals: 4) == "11098.05")
        #expect(formatNumber(0.98043, decimals: 3) == "0.98043")
        #expect(formatNumber(5138, decimals: 2) == "5138")
        #expect(formatNumber(1.5e-7, decimals: 9) == "1.5e-07")
        #expect(formatNumber(60.17612345, decimals: nil) == "60.1761")
        let claim = Claim(key: "k", claim: "c", paper: 11098.05, tolerance: 0.005, where: "README")
        #expect(claim.resolvingDecimals == 4)
        #expect(Claim(key: "k", claim: "c", paper: 0.98, tolerance: 0.02, where: "text").resolvingDecimals == 3)
        #expect(Claim(key: "k", claim: "c", paper: 3, where: "text").resolvingDecimals == nil)
        let verdict = claim.judge(numbers: ["k": 11098.04449], scale: .paper)
        #expect(verdict.explanation == "reproduced 11098.0445 is outside ±0.005 of 11098.05")
    }

    @Test func dataRootPrefersTheEnvironmentThenSharedThenLocal() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("root-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let project = base.appendingPathComponent("main")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        #expect(DataRoot.resolve(projectRoot: project, environment: [:]).path == project.appendingPathComponent("data").path)
        let shared = base.appendingPathComponent("shared/data")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        #expect(DataRoot.resolve(projectRoot: project, environment: [:]).path == shared.standardizedFileURL.path)
        #expect(DataRoot.resolve(projectRoot: project, environment: ["REPRO_DATA": "/elsewhere"]).path == "/elsewhere")
    }

    @Test func pathsAreStoredRelativeToTheProject() {
        let layout = ProjectLayout(root: URL(fileURLWithPath: "/p/main"), dataRoot: URL(fileURLWithPath: "/d"))
        #expect(layout.relative(URL(fileURLWithPath: "/p/main/figures/trails/figure9.svg")) == "figures/trails/figure9.svg")
        #expect(layout.relative(URL(fileURLWithPath: "/p/main/.repro/cache/k/run.log")) == ".repro/cache/k/run.log")
    }

    @Test func fingerprintClosureFollowsTheImportsOfTheEngines() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("repro-imports-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        func module(_ name: String, _ text: String) throws {
            let folder = root.appendingPathComponent("Sources/\(name)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: folder.appendingPathComponent("\(name).swift"), atomically: true, encoding: .utf8)
        }
        try module("Harness", "import Foundation\n")
        try module("Numerics", "import Foundation\n@preconcurrency import Datasets\n// import Site\nlet importText = \"import Plotting\"\n")
        try module("Datasets", "public import Statistics\n")
        try module("Statistics", "import Foundation\n")
        try module("Plotting", "")
        try module("Site", "")
        let layout = ProjectLayout(root: root, dataRoot: root)
        #expect(try SourceFingerprint.closure(of: ["Numerics"], layout: layout) == ["Datasets", "Harness", "Numerics", "Statistics"])
        #expect(try SourceFingerprint.closure(of: [], layout: layout) == ["Harness"])
    }

    @Test func theProjectsEnginesImportOnlyEngines() throws {
        let layout = ProjectLayout(root: PaperData.projectRoot)
        let storage = Set(try SourceFingerprint.closure(of: ["TabularStore"], layout: layout))
        #expect(Set(["Numerics", "SparseData", "Statistics", "Randomness"]).isSubset(of: storage))
        #expect(storage.isDisjoint(with: ["Selection", "Datasets", "Search"]), "storage's cache keys must not follow the simulations or the loaders")
        let selection = Set(try SourceFingerprint.closure(of: ["Selection"], layout: layout))
        #expect(Set(["TabularStore", "Numerics", "Search"]).isSubset(of: selection))
    }
}
